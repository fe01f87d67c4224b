import { createHash } from 'node:crypto';
import type { UseCaseContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import * as repo from './imports.repository';
import { importReferrals } from './imports.run';
import type { ImportBatch } from './imports.schemas';

export interface FailureLog {
  error(obj: unknown, msg: string): void;
}

/**
 * Record the batch and answer at once; the file is checked and imported in the background, in this process.
 * The same Idempotency-Key answers with the same batch (as it is now) and does not import twice.
 */
export async function startImport(
  ctx: UseCaseContext,
  input: { csv: string; fileName: string; acceptValidOnly: boolean },
  key: string | undefined,
  log: FailureLog,
): Promise<{ body: ImportBatch; replayed: boolean }> {
  const { auth, services, meta } = ctx;
  const sha256 = createHash('sha256').update(input.csv, 'utf8').digest('hex');
  const result = await inScope(services.database.db, auth.scope, (tx) =>
    idempotentCreate(
      tx,
      {
        key,
        userId: auth.user.id,
        jurisdictionId: auth.user.jurisdictionId,
        request: [
          'POST /imports/referrals',
          { sha256, fileName: input.fileName, acceptValidOnly: input.acceptValidOnly },
        ],
      },
      async () => {
        const id = await repo.insertBatch(tx, {
          jurisdictionId: auth.user.jurisdictionId,
          fileName: input.fileName,
          fileSha256: sha256,
          acceptValidOnly: input.acceptValidOnly,
          createdBy: auth.user.id,
        });
        return (await repo.findBatch(tx, id, auth.scope.jurisdictionIds))!;
      },
    ),
  );
  if (result.replayed) return { body: await getImport(ctx, result.body.id), replayed: true };

  const batchId = result.body.id;
  // The batch row is the progress: each chunk of the import updates it (see imports.run.ts).
  setImmediate(() => {
    importReferrals(services.database.db, auth.scope, input.csv, {
      tree: services.tree,
      fileName: input.fileName,
      acceptValidOnly: input.acceptValidOnly,
      actor: auth.actor,
      batchJurisdictionId: auth.user.jurisdictionId,
      batchId,
      requestId: meta.requestId,
      via: 'api',
    }).catch((err: unknown) =>
      log.error(
        { err: err instanceof Error ? { message: err.message, stack: err.stack } : err, batchId },
        'import failed',
      ),
    );
  });
  return { body: result.body, replayed: false };
}

export async function getImport(ctx: UseCaseContext, id: string): Promise<ImportBatch> {
  const { auth, services } = ctx;
  const batch = await inScope(services.database.db, auth.scope, (tx) =>
    repo.findBatch(tx, id, auth.scope.jurisdictionIds),
  );
  if (!batch) throw notFound('There is no such import, or it is outside your jurisdiction.');
  return batch;
}

export async function listImports(ctx: UseCaseContext, q: { limit: number }) {
  const { auth, services } = ctx;
  const items = await inScope(services.database.db, auth.scope, (tx) =>
    repo.listBatches(tx, auth.scope.jurisdictionIds, q.limit),
  );
  return {
    items: items.map((b) => {
      const { errors: _errors, ...summary } = b;
      return summary;
    }),
  };
}
