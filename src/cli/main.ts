import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { ROLES, type Role } from '../domain/access/roles';
import { ConfigError, loadConfig } from '../server/config';
import { demoPassword, seedDemo } from '../server/demo/seed-demo';
import { writeAudit, verifyAuditChain } from '../server/platform/audit';
import { bootstrap } from '../server/platform/bootstrap';
import { DataDirLockedError } from '../server/platform/db';
import { AppError } from '../server/platform/errors';
import { assertAcceptablePassword, hashPassword } from '../server/platform/passwords';
import { inScope } from '../server/platform/scope';
import { IMPORT_HELP, importCommand } from '../server/modules/imports/imports.cli';
import { SCREEN_HELP, determineCommand, screenCommand, type CliResult } from './screen';

const HELP = `lantern — operate a Lantern installation

Usage: lantern <command> [options]

Commands:
  migrate                 apply database migrations and load jurisdictions, then exit
  create-user             create an account
      --email <email>         (required)
      --name <display name>   (required)
      --role <role>           one of: ${ROLES.join(', ')}
      --jurisdiction <code>   e.g. CA (state) or CA-ALAMEDA (county)
      --password-env <VAR>    read the initial password from this environment variable (default LANTERN_NEW_PASSWORD)
  seed-demo               create the synthetic demo county accounts (never in production)
  audit verify            recompute the audit hash chain; exit 0 if intact, 1 naming the first bad row
${IMPORT_HELP}
${SCREEN_HELP}

The database is DATABASE_URL when set, otherwise the embedded PGlite database in LANTERN_DATA_DIR (./data).
Stop a running embedded Lantern first: its data directory is locked while it runs.
screen evaluate and determine use no database. Exit codes: 0 done; 1 the input does not fit or the
operation failed (problems on stderr); 2 a wrong command, unknown instrument or unreadable file.
`;

/** A command that needs no database: write what it printed and return its exit code. */
function printed(r: CliResult): number {
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.code;
}

async function withServices<T>(fn: (s: Awaited<ReturnType<typeof bootstrap>>) => Promise<T>): Promise<T> {
  const services = await bootstrap(loadConfig());
  try {
    return await fn(services);
  } finally {
    await services.database.close();
  }
}

async function createUser(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      jurisdiction: { type: 'string' },
      'password-env': { type: 'string' },
    },
  });
  const missing = ['email', 'name', 'role', 'jurisdiction'].filter((k) => !values[k as keyof typeof values]);
  if (missing.length) {
    process.stderr.write(`create-user needs --${missing.join(', --')}.\n`);
    return 2;
  }
  const role = values.role as Role;
  if (!ROLES.includes(role)) {
    process.stderr.write(`"${values.role}" is not a role. Choose one of: ${ROLES.join(', ')}.\n`);
    return 2;
  }
  const envVar = values['password-env'] ?? 'LANTERN_NEW_PASSWORD';
  const password = process.env[envVar];
  if (!password) {
    process.stderr.write(
      `Put the initial password in the environment variable ${envVar} (it is never taken from the command line).\n`,
    );
    return 2;
  }
  const email = values.email!.trim().toLowerCase();
  return withServices(async (services) => {
    const j = services.tree.all().find((x) => x.code === values.jurisdiction);
    if (!j) {
      process.stderr.write(`There is no jurisdiction with code ${values.jurisdiction}.\n`);
      return 2;
    }
    assertAcceptablePassword(password, { email, displayName: values.name!, blocklist: services.blocklist });
    const hash = await hashPassword(password);
    const id = await inScope(
      services.database.db,
      { jurisdictionIds: [j.id], system: j.parentId === null },
      async (tx) => {
        const res = await tx.execute(sql`
        insert into users (email, display_name, role, jurisdiction_id, password_hash, password_changed_at)
        values (${email}, ${values.name!.trim()}, ${role}, ${j.id}, ${hash}, now()) returning id`);
        const newId = String(res.rows[0]!.id);
        await writeAudit(tx, {
          action: 'user.create',
          actor: null,
          jurisdictionId: j.id,
          entityType: 'user',
          entityId: newId,
          after: { email, displayName: values.name, role, jurisdictionId: j.id },
          meta: { via: 'lantern create-user' },
        });
        return newId;
      },
    );
    process.stdout.write(`Created ${email} (${role}, ${j.name}) with id ${id}.\n`);
    return 0;
  });
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'migrate':
      return withServices(async (s) => {
        process.stdout.write(
          `Migrations applied; ${s.tree.all().length} jurisdictions loaded (${s.database.engine}).\n`,
        );
        return 0;
      });
    case 'create-user':
      return createUser(rest);
    case 'seed-demo':
      return withServices(async (s) => {
        if (s.config.production) {
          process.stderr.write('Refusing to seed demo accounts in production.\n');
          return 1;
        }
        const pw = demoPassword(s);
        const r = await seedDemo(s, pw.password);
        process.stdout.write(
          `Demo accounts: ${r.created} created, ${r.updated} password(s) reset. Password: ${pw.password}\n`,
        );
        return 0;
      });
    case 'screen':
      return printed(screenCommand(rest));
    case 'determine':
      return printed(determineCommand(rest));
    case 'import':
      return withServices((s) => importCommand(s, rest, { out: process.stdout, err: process.stderr }));
    case 'audit':
      if (rest[0] !== 'verify') break;
      return withServices(async (s) => {
        const result = await verifyAuditChain(s.database.db);
        if (result.ok) {
          process.stdout.write(`Audit chain intact: ${result.checked} rows verified.\n`);
          if (result.unsealed)
            process.stdout.write(
              `${result.unsealed} newer row(s) are not sealed yet (a transaction older than them is still open); run verify again to include them.\n`,
            );
          return 0;
        }
        process.stderr.write(
          `Audit chain BROKEN at row ${result.firstBadSeq ?? '?'}: ${result.reason} (${result.checked} rows verified before it).\n`,
        );
        return 1;
      });
  }
  process.stderr.write(`Unknown command: ${argv.join(' ')}\n\n${HELP}`);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof AppError)
      process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
