import { ConfigError, loadConfig } from './config';
import { buildApp } from './app';
import { bootstrap } from './platform/bootstrap';
import { DataDirLockedError } from './platform/db';
import { demoPassword, DEMO_USERS, seedDemo } from './demo/seed-demo';
import { startAuditSealer } from './platform/audit';

async function main() {
  const config = loadConfig();
  const services = await bootstrap(config);
  let demo: { password: string; source: string } | null = null;
  if (config.seedDemo) {
    demo = demoPassword(services);
    await seedDemo(services, demo.password);
  }
  const app = await buildApp({ services });
  const stopSealer = startAuditSealer(services.database.db, (err) =>
    app.log.error({ err: { message: (err as Error).message } }, 'audit sealing failed'),
  );
  const close = async () => {
    await app.close();
    await stopSealer();
    await services.database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: config.host, port: config.port });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}`;
  const lines = [
    '',
    `  Lantern is running at ${url}`,
    `  Database: ${services.database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API documentation: ${url}/api/docs`,
  ];
  if (demo) {
    lines.push(
      '',
      '  Demo county accounts (synthetic data):',
      ...DEMO_USERS.map((u) => `    ${u.email.padEnd(40)} ${u.role}`),
      '',
      `  Password for every demo account: ${demo.password}`,
      demo.source === 'env'
        ? '  (from LANTERN_DEMO_PASSWORD)'
        : `  (generated once and kept in ${config.dataDir}/.demo-password; set LANTERN_DEMO_PASSWORD to choose one)`,
    );
  }
  lines.push('');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`\nLantern cannot start: ${err.message}\n\n`);
  } else {
    process.stderr.write(
      `\nLantern failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n\n`,
    );
  }
  process.exit(1);
});
