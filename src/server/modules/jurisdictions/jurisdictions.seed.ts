import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db';

export const CONTENT_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../content/jurisdictions',
);

const code = z.string().regex(/^[A-Z]{2}(-[A-Z0-9-]+)?$/);
export const stateFileSchema = z.object({
  state: z.object({ code, name: z.string().min(1), fips: z.string().regex(/^\d{2}$/) }),
  source: z.string().min(1),
  regions: z
    .array(
      z.object({
        code,
        name: z.string().min(1),
        counties: z
          .array(z.object({ code, name: z.string().min(1), fips: z.string().regex(/^\d{5}$/) }))
          .min(1),
      }),
    )
    .min(1),
});
export type StateFile = z.infer<typeof stateFileSchema>;

export function readStateFiles(dir = CONTENT_DIR): StateFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => stateFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * Upsert every state, region and county from content/jurisdictions. Idempotent: runs at every start-up,
 * so a deployment picks up a regrouped county without a migration. Ids never change once assigned.
 */
export async function syncJurisdictions(db: Db, files = readStateFiles()): Promise<void> {
  await db.transaction(async (tx) => {
    const upsert = async (
      parentId: number | null,
      kind: string,
      c: string,
      name: string,
      fips: string | null,
    ) => {
      const res = await tx.execute(sql`
        insert into jurisdictions (parent_id, kind, code, name, fips) values (${parentId}, ${kind}, ${c}, ${name}, ${fips})
        on conflict (code) do update set parent_id = excluded.parent_id, kind = excluded.kind, name = excluded.name, fips = excluded.fips
        returning id`);
      return Number(res.rows[0]!.id);
    };
    for (const f of files) {
      const stateId = await upsert(null, 'state', f.state.code, f.state.name, f.state.fips);
      for (const r of f.regions) {
        const regionId = await upsert(stateId, 'region', r.code, r.name, null);
        for (const c of r.counties) await upsert(regionId, 'county', c.code, c.name, c.fips);
      }
    }
  });
}
