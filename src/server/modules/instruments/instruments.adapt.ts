/**
 * Adapting an instrument: a county coordinator saves a new version of one of Lantern's instruments for the
 * county (reworded items, other thresholds, items removed or added). Each save is a new insert-only row;
 * earlier screenings keep the version they were taken with. Counties adapt instruments Lantern ships:
 * creating a brand-new instrument (a key with no built-in) is out of scope, so such a key is 404.
 */
import type { Instrument } from '../../../domain/identification/instrument';
import { parseInstrument } from '../../../domain/identification/instrument.validate';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, pgErrorCode, type ErrorDetail } from '../../platform/errors';
import { inScope } from '../../platform/scope';
import { builtins } from './instruments.content';
import * as repo from './instruments.repository';
import type { AdaptBody, InstrumentDetail } from './instruments.schemas';
import { allVersions, currentOf, missingInstrument } from './instruments.service';
import { detailOf, type VersionEntry } from './instruments.views';

const at = (path: string) => `definition › ${path}`;

/** The definition as it will be stored (its version assigned), or every problem with it, each naming its place. */
function checkDefinition(key: string, version: number, raw: Record<string, unknown>): Instrument {
  const details: ErrorDetail[] = [];
  if (raw.key !== key)
    details.push({
      path: at('key'),
      message: `The definition's key must be "${key}", the instrument being adapted.`,
    });
  const parsed = parseInstrument({ ...raw, version });
  if (!parsed.ok) details.push(...parsed.problems.map((p) => ({ path: at(p.path), message: p.message })));
  else
    for (const a of parsed.instrument.actions)
      if (a.kind === 'start_instrument' && a.instrument !== undefined && !builtins().has(a.instrument))
        details.push({
          path: at(`action "${a.key}"`),
          message: `action "${a.key}" starts instrument "${a.instrument}", which does not exist.`,
        });
  if (details.length || !parsed.ok)
    throw new AppError('validation_failed', 'The instrument definition is not valid.', { details });
  return parsed.instrument;
}

const conflict = (current: VersionEntry) =>
  new AppError(
    'version_conflict',
    'This instrument was changed since you started. Review the current version and adapt that one.',
    { current: detailOf(current, true) },
  );

async function currentEntry(tx: Tx, jurisdictionId: number, key: string): Promise<VersionEntry> {
  const current = currentOf(await allVersions(tx, jurisdictionId, key));
  if (!current) throw missingInstrument();
  return current;
}

export async function adaptInstrument(
  ctx: UseCaseContext,
  key: string,
  body: AdaptBody,
): Promise<InstrumentDetail> {
  const { auth, services, meta } = ctx;
  const jurisdictionId = auth.user.jurisdictionId;
  if (!builtins().has(key)) throw missingInstrument();
  try {
    return await inScope(services.database.db, auth.scope, async (tx) => {
      const versions = await allVersions(tx, jurisdictionId, key);
      const current = currentOf(versions)!;
      const version = Math.max(...versions.map((v) => v.instrument.version)) + 1;
      const instrument = checkDefinition(key, version, body.definition);
      const currentOrigin = current.row ? 'county' : 'builtin';
      if (body.basedOn.origin !== currentOrigin || body.basedOn.version !== current.instrument.version)
        throw conflict(current);
      const id = await repo.insertVersion(tx, {
        jurisdictionId,
        key,
        version,
        basedOn: body.basedOn,
        definition: instrument,
        changeNote: body.changeNote,
        createdBy: auth.user.id,
      });
      await writeAudit(tx, {
        action: 'instrument.adapt',
        actor: auth.actor,
        jurisdictionId,
        entityType: 'instrument_version',
        entityId: id,
        meta: { requestId: meta.requestId, key, version, basedOn: body.basedOn, changeNote: body.changeNote },
      });
      const row = (await repo.countyVersion(tx, jurisdictionId, key, version))!;
      return detailOf({ instrument, row }, true);
    });
  } catch (err) {
    // Two coordinators saving at once: the second insert meets the first's version number.
    if (pgErrorCode(err) === '23505')
      throw conflict(
        await inScope(services.database.db, auth.scope, (tx) => currentEntry(tx, jurisdictionId, key)),
      );
    throw err;
  }
}
