import 'reflect-metadata';
import { Clock } from './clock.js';
import { ConfigError, loadConfig, wantsDevMailbox } from './config.js';
import { openOrm } from './db/orm.js';
import { createLogger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import { startNotifications } from './modules/notifications/start-notifications.js';
import { startWhatsApp } from './modules/notifications/whatsapp/start-whatsapp.js';
import { PushService } from './modules/notifications/push/push.service.js';
import { AuditService } from './modules/audit/audit.service.js';

/**
 * `npm run worker`: the job queue's worker as its own process (notifications, digests, reminders),
 * for servers started with HABITE_WORKER=off. Same environment as the server; DATABASE_URL is
 * required (the embedded database is for the demo, whose server runs its worker inline). Several
 * workers may run: each job is taken by one of them.
 */
const logger = createLogger(process.env.LOG_LEVEL || 'info');
try {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) throw new ConfigError('o worker precisa de DATABASE_URL (o banco embutido serve só à demonstração, que roda o worker dentro do servidor)');
  const orm = await openOrm({ clientUrl: config.databaseUrl, poolMax: 4, acquireTimeoutMs: config.dbPool.acquireTimeoutMs, statementTimeoutMs: config.dbStatementTimeoutMs, planCacheMode: config.dbPlanCacheMode, logger });
  const pending = await orm.getMigrator().getPendingMigrations();
  if (pending.length) throw new ConfigError(`o banco tem ${pending.length} migração(ões) pendente(s): inicie o servidor (ou npm run db:migrate) antes do worker`);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, devMailbox: wantsDevMailbox(config), from: config.mailFrom, dataDir: config.dataDir, logger });
  const clock = new Clock();
  const notifications = new NotificationService({ config, clock, logger });
  // Web Push needs only the database (its VAPID key) and the internet.
  const push = await new PushService({ config, clock, logger, audit: new AuditService(clock) }).start(orm);
  // WhatsApp from its settings only (the demo's local Cloud API lives with the demo server).
  const whatsapp = config.whatsapp ? await startWhatsApp({ ...config, demo: false }, logger) : null;
  const queue = await startNotifications({
    orm, notifications, databaseUrl: config.databaseUrl, mailer, logger, config, work: true, pollingSeconds: config.queuePollSeconds, extraChannels: [...(whatsapp ? [whatsapp.channel] : []), push],
  });
  logger.info('Habite worker is up');
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'worker shutting down');
      void (async () => {
        await queue.stop();
        mailer.close();
        await orm.close(true);
        process.exit(0);
      })();
    });
  }
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`\nO worker do Habite não foi iniciado: ${err.message}\n\n`);
    process.exit(1);
  }
  throw err;
}
