/** Runs the independent stand-in on STANDIN_PORT, for the proxy-mode browser tests. */
import { standIn } from './server.ts';

const port = Number(process.env.STANDIN_PORT ?? 4176);
standIn().listen(port, '127.0.0.1', () => console.log(`stand-in Alteryx Server on http://127.0.0.1:${port}/webapi`));
