// npm start: build the web app if needed, then run Lantern (embedded PGlite unless DATABASE_URL is set).
import { buildWebIfStale, node } from './lib.mjs';

const built = await buildWebIfStale();
if (built !== 0) process.exit(built);
process.env.NODE_ENV ??= 'development';
const child = node(['--import', 'tsx', 'src/server/main.ts']);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => {}); // the server handles its own shutdown
process.exit(await child);
