import 'reflect-metadata';
import { startServer, type RunningServer } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { EmbeddedDatabaseError } from './db/embedded-error.js';
import { demoLogins } from './demo/demo.js';

/** `node dist/main.js [--demo]`: starts Habite; `--demo` loads the demo company into an empty database. */
let config: Config;
let server: RunningServer;
try {
  config = loadConfig(process.env, process.argv.includes('--demo') ? { demo: true } : {});
  server = await startServer(config);
} catch (err) {
  // Something the person can fix (a setting, a port taken, a folder in use): the message alone, no stack.
  if (err instanceof ConfigError) process.stderr.write(`\nO Habite não foi iniciado: ${err.message}\n\n`);
  else if (err instanceof EmbeddedDatabaseError) process.stderr.write(`\n${err.message}\n\n`);
  else throw err;
  process.exit(1);
}

if (config.demo) {
  const lines = [
    '',
    `  Habite está no ar (${server.embedded ? `banco embutido em ${config.dataDir}` : 'PostgreSQL de DATABASE_URL'})`,
    '',
    `  Portal do cliente   ${server.url}/`,
    `  App administrativo  ${server.url}/admin/`,
    `  GraphQL             ${server.url}/graphql`,
    ...(server.mailer.mailbox ? [`  E-mails (dev)       ${server.url}/dev/mailbox`] : []),
    '',
    '  Logins de demonstração:',
    ...demoLogins.map((l) => `    ${l.app.padEnd(14)} ${l.login.padEnd(26)} ${l.password.padEnd(16)} ${l.shows}${l.address ? ` (abra http://${l.address}:${server.port}/)` : ''}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err) => {
        server.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
