import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from '../../mail/mailer.js';
import { JobQueue } from '../../queue/queue.js';
import type { ChannelAdapter } from './channel.js';
import { EmailChannel } from './email-channel.js';
import { noticeHandlers } from './notice-events.js';
import type { NotificationService } from './notification.service.js';

/**
 * The queue and the channels, started by the server (worker inline, the default) or by
 * `npm run worker` (worker.ts). Every process enqueues; only those with `work` run jobs.
 */
export async function startNotifications(options: {
  orm: MikroORM; notifications: NotificationService; databaseUrl: string; mailer: Mailer; logger: Logger; config: Config;
  work: boolean; pollingSeconds: number; extraChannels?: ChannelAdapter[];
}): Promise<JobQueue> {
  // WhatsApp (real Cloud API, or the demo's local one) is started by the caller: its webhook lives on the server.
  const { orm, notifications, mailer, logger } = options;
  const queue = new JobQueue({ databaseUrl: options.databaseUrl, logger, work: options.work, schedules: options.work, pollingSeconds: options.pollingSeconds, retry: options.config.queueRetry });
  const channels: ChannelAdapter[] = [...(mailer.delivers ? [new EmailChannel(mailer)] : []), ...(options.extraChannels ?? [])];
  notifications.attach(orm, queue, channels, noticeHandlers(notifications, logger));
  await queue.start();
  return queue;
}
