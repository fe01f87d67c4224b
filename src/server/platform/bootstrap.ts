import type { Config } from '../config';
import { builtins } from '../modules/instruments/instruments.content';
import { syncJurisdictions } from '../modules/jurisdictions/jurisdictions.seed';
import type { Services } from './context';
import { Secrets } from './crypto';
import { openDatabase, runMigrations, type Database } from './db';
import { loadBlocklist } from './passwords';
import { loadJurisdictionTree } from './scope';

/** Open the database, apply migrations, load reference data: everything a process needs before serving. */
export async function bootstrap(config: Config, database?: Database): Promise<Services> {
  // A malformed built-in instrument stops Lantern here, with a message naming the item.
  builtins();
  const db = database ?? (await openDatabase(config));
  try {
    await runMigrations(db);
    await syncJurisdictions(db.db);
    const tree = await loadJurisdictionTree(db.db);
    return {
      database: db,
      config,
      secrets: new Secrets(config.sessionSecret),
      tree,
      blocklist: loadBlocklist(),
    };
  } catch (err) {
    if (!database) await db.close();
    throw err;
  }
}
