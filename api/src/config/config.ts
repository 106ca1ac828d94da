import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { repositoryRoot } from './paths.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  DATABASE_URL: postgresUrl.optional(),
  CLEF_DATA_DIR: z.string().min(1).default('.data'),
  CLEF_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  CLEF_WEB_DIST: z.string().min(1).default('web/dist'),
  CLEF_CONTENT_DIR: z.string().min(1).default('content'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  CLEF_PUBLIC_URL: z.url({ message: 'must be a URL such as https://clef.example.org' }).optional(),
  CLEF_ISSUER_NAME: z.string().min(1).max(200).default('Clef'),
  CLEF_ISSUER_KEY: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL, such as smtps://user:password@smtp.example.org:465')
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: 'must be a comma-separated list of URLs' }))),
});

export type LogLevel = (typeof logLevels)[number];

/** Typed, validated settings; the one place the environment is read. */
export class AppConfig {
  readonly nodeEnv!: 'development' | 'production' | 'test';
  readonly port!: number;
  readonly host!: string;
  /** Behind a reverse proxy that sets X-Forwarded-For (and only then): client addresses come from it. */
  readonly trustProxy!: boolean;
  /** Unset means: start the embedded PostgreSQL. */
  readonly databaseUrl?: string;
  readonly dataDir!: string;
  readonly embeddedPostgresPort!: number;
  readonly webDist!: string;
  /** Bundled courses, loaded on start. */
  readonly contentDir!: string;
  readonly logLevel!: LogLevel;
  readonly corsOrigins!: string[];
  /** Where people reach Clef: links in certificates and QR codes; with https, the issuer becomes did:web. */
  readonly publicUrl!: string;
  readonly publicUrlConfigured!: boolean;
  readonly issuerName!: string;
  /** The credential signing key (JSON from generateIssuerKey); unset means: generated once and kept in the database. */
  readonly issuerKey?: string;
  /** Unset outside production means: an SMTP server in the process catches every message (shown at /dev/mail). */
  readonly smtpUrl?: string;
  /** The From header of every message, e.g. `Clef <no-reply@clef.example.org>`. */
  readonly mailFrom!: string;

  constructor(values: Omit<AppConfig, 'withDatabaseUrl'>) {
    Object.assign(this, values);
  }

  withDatabaseUrl(databaseUrl: string): AppConfig & { databaseUrl: string } {
    return new AppConfig({ ...this, databaseUrl }) as AppConfig & { databaseUrl: string };
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const fromRoot = (path: string) => (isAbsolute(path) ? path : join(repositoryRoot, path));

/** Reads and validates the settings; throws a ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const blankAsUnset = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = environmentSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.CLEF_PUBLIC_URL) {
    throw new ConfigError(['CLEF_PUBLIC_URL: required in production (certificates, QR codes and credentials carry it for ever)']);
  }
  if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
    throw new ConfigError(['SMTP_URL: required in production (address verification and password resets are sent by e-mail)']);
  }
  const publicUrl = (env.CLEF_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return new AppConfig({
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    // Outside production only this machine can reach Clef (its demo accounts have published passwords).
    host: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: env.TRUST_PROXY === 'true',
    databaseUrl: env.DATABASE_URL,
    dataDir: fromRoot(env.CLEF_DATA_DIR),
    embeddedPostgresPort: env.CLEF_EMBEDDED_PG_PORT,
    webDist: fromRoot(env.CLEF_WEB_DIST),
    contentDir: fromRoot(env.CLEF_CONTENT_DIR),
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS,
    publicUrl,
    publicUrlConfigured: env.CLEF_PUBLIC_URL !== undefined,
    issuerName: env.CLEF_ISSUER_NAME,
    issuerKey: env.CLEF_ISSUER_KEY,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? `Clef <no-reply@${new URL(publicUrl).hostname}>`,
  });
}
