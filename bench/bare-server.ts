// The baseline: the same read as GET /api/v1/users/:id, through a bare Fastify route and one query,
// with no sessions, scoping, audit or schemas. Started by bench/run.ts.
import Fastify from 'fastify';

const port = Number(process.env.PORT);
const app = Fastify({ logger: false });
const SELECT = `select u.id, u.email, u.display_name, u.role, u.jurisdiction_id, j.name as jurisdiction_name, u.active, u.version
  from users u join jurisdictions j on j.id = u.jurisdiction_id where u.id = $1`;

if (process.env.DATABASE_URL) {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  app.get<{ Params: { id: string } }>(
    '/bare/users/:id',
    async (req) => (await pool.query(SELECT, [req.params.id])).rows[0],
  );
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create({ dataDir: `${process.env.LANTERN_DATA_DIR}/pglite` });
  app.get<{ Params: { id: string } }>(
    '/bare/users/:id',
    async (req) => (await client.query(SELECT, [req.params.id])).rows[0],
  );
}
await app.listen({ host: '127.0.0.1', port });
console.log('bare ready');
