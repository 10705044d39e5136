/** `npm start`: read the environment, start the server, say where it is and how to sign in. */
import { buildServer } from './app.ts';
import { loadConfig } from './config.ts';
import { USERS } from './sandbox/seed/catalog.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app, webapi, session } = await buildServer(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const lines = [``, `  Alteryx Jobs dashboard: http://${shownHost}:${port}/`];
  if (webapi.mode === 'sandbox') {
    const s = webapi.sandbox;
    lines.push(
      `  Mode: sandbox (${config.SANDBOX_DB}${s.seeded ? `, seeded with ${config.SANDBOX_JOBS} jobs` : ''}; simulator ${config.SANDBOX_SIMULATE ? 'on' : 'off'})`,
      `  API: http://${shownHost}:${port}/webapi  (OpenAPI: /webapi/swagger/docs/3)`,
      `  Sign in with:`,
      ...USERS.filter((u) => u.key).map((u) => `    ${u.role.padEnd(8)} key ${u.key!.padEnd(13)} secret ${u.secret}`),
    );
  } else {
    lines.push(
      `  Mode: proxy to ${webapi.upstream.href} (answers within ${config.ALTERYX_TIMEOUT} s or 504)`,
      `  Sign in with your API key and secret (Alteryx Server: My Profile → Keys).`,
    );
    if (config.ALTERYX_TLS_INSECURE) {
      console.warn(
        [
          '',
          "  !!! ALTERYX_TLS_INSECURE=1: the Alteryx Server's TLS certificate is NOT checked.",
          '  !!! Anyone between this machine and the server can read and change API keys, tokens and jobs.',
          '  !!! Give the dashboard your company CA instead: NODE_EXTRA_CA_CERTS=/path/to/ca.pem',
        ].join('\n'),
      );
    }
  }
  const secret = session.secretSource;
  lines.push(
    secret.from === 'env'
      ? `  Sessions: sealed with SESSION_SECRET`
      : `  Sessions: sealed with the key in ${secret.file} (set SESSION_SECRET to share one across replicas)`,
  );
  console.log(lines.join('\n') + '\n');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Requests get 25 s to finish; a stuck one must not keep a service manager waiting forever.
    setTimeout(() => {
      app.log.error('requests still open after 25 s; exiting anyway');
      process.exit(1);
    }, 25_000).unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
