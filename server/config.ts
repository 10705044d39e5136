/** Settings from the environment, checked once at start with a clear message for each mistake. */
import { z } from 'zod';

const flag = z
  .string()
  .regex(/^(0|1|true|false|yes|no|on|off)$/i, 'use 1 or 0')
  .transform((v) => /^(1|true|yes|on)$/i.test(v));
const int = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().min(min).max(max));

const Env = z.object({
  PORT: int(0, 65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  ALTERYX_URL: z.url({ protocol: /^https?$/ }).optional(),
  ALTERYX_TLS_INSECURE: flag.default(false),
  /** Seconds to wait for the Alteryx Server before answering 504. */
  ALTERYX_TIMEOUT: int(1, 600).default(60),
  /** Token requests a minute from one address, so a secret cannot be guessed by trying. */
  TOKEN_RATE_LIMIT: int(1, 1_000_000).default(10),
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (for the client address and HTTPS). */
  TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SANDBOX_DB: z.string().min(1).default('data/sandbox.sqlite'),
  SANDBOX_SEED: z.string().min(1).default('42'),
  SANDBOX_JOBS: int(0, 5_000_000).default(5000),
  SANDBOX_SIMULATE: flag.default(true),
  SANDBOX_WORKERS: int(1, 64).default(4),
  /** New runs a minute from schedules and people (a busier server for load and crash tests). */
  SANDBOX_ARRIVALS: int(0, 60_000).default(3),
  /** How often the simulator steps, in milliseconds. */
  SANDBOX_TICK_MS: int(10, 60_000).default(1000),
  SANDBOX_TOKEN_TTL: int(1, 7 * 86400).default(3600),
  /** Seals the session cookies; unset, one is made and kept in SESSION_SECRET_FILE. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (for example `openssl rand -base64 32`)').optional(),
  SESSION_SECRET_FILE: z.string().min(1).default('data/session-secret'),
  /** Seconds a sign-in lasts. */
  SESSION_MAX_AGE: int(60, 30 * 86400).default(28800),
  /** Finished jobs the Overview's history reads at most for one window, so its cost has a ceiling on a server with years of jobs. */
  HISTORY_MAX_JOBS: int(100, 10_000_000).default(50_000),
});

export type Config = z.output<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
