/**
 * Lenient readings of the API's answers, for the dashboard. A real server may add fields,
 * leave optional ones out, send numbers as numbers or text, or use a status the contract
 * does not list: all of that is accepted. What the dashboard cannot work without (a job
 * id, the list's shape) still fails, with a message that says what was wrong.
 */
// zod/mini: the same checks as the contract's zod, in a form a bundler can trim, so the
// dashboard's first view does not carry the whole library.
import * as z from 'zod/mini';
import { SessionRole } from './session.ts';

const text = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v)),
);
const optionalText = z.pipe(
  z.optional(z.union([z.string(), z.number(), z.null()])),
  z.transform((v) => (v === null || v === undefined || v === '' ? null : String(v))),
);
const count = z.union([z.number(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);
const flag = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['true', 'false', 'True', 'False']),
    z.transform((v) => v.toLowerCase() === 'true'),
  ),
]);
/** Optional text that falls back to null when it is anything else. */
const maybeText = z.catch(optionalText, null);
const maybeFlag = z.catch(z.nullish(flag), null);

export const LenientJobListItem = z.object({
  jobId: text,
  status: z.catch(text, 'Unknown'),
  workflowName: z.catch(text, ''),
  workflowId: maybeText,
  submittedBy: z.catch(text, ''),
  startTime: maybeText,
  queueTime: maybeText,
  executionTime: maybeText,
  priority: maybeText,
});
export type LenientJobListItem = z.output<typeof LenientJobListItem>;

export const LenientJobList = z.object({
  data: z.array(LenientJobListItem),
  pagination: z.object({
    currentPage: z.optional(count),
    pageSize: z.optional(count),
    totalItems: count,
    totalPages: z.optional(count),
    hasNextPage: z.optional(flag),
    hasPreviousPage: z.optional(flag),
  }),
});
export type LenientJobList = z.output<typeof LenientJobList>;

export const LenientUser = z.object({
  id: text,
  firstName: z.catch(text, ''),
  lastName: z.catch(text, ''),
  email: maybeText,
  isActive: z.catch(flag, true),
  role: maybeText,
});
export type LenientUser = z.output<typeof LenientUser>;
export const LenientUsers = z.array(LenientUser);

export const LenientWorkflow = z.object({
  id: text,
  name: text,
  ownerId: maybeText,
});
export type LenientWorkflow = z.output<typeof LenientWorkflow>;
export const LenientWorkflows = z.array(LenientWorkflow);

/** The answer to a cancel. */
export const LenientMessageResult = z.object({ message: z.string() });

/** Who is signed in, as the dashboard's own server says it (GET and POST /session, and the page's data block). */
export const LenientSessionInfo = z.object({
  apiKey: maybeText,
  // Unknown reads as the lesser role: the page then offers less, never more.
  role: z.catch(SessionRole, 'other'),
  expiresAt: z.catch(z.nullish(z.number()), null),
  server: z.catch(z.nullish(z.object({ mode: z.catch(z.enum(['sandbox', 'proxy']), 'proxy'), host: maybeText })), null),
});
export type LenientSessionInfo = z.output<typeof LenientSessionInfo>;

/** A session from the page or the server; undefined when there is none to read. */
export function readSessionInfo(value: unknown): LenientSessionInfo | undefined {
  if (value === undefined || value === null) return undefined;
  const read = LenientSessionInfo.safeParse(value);
  return read.success ? read.data : undefined;
}

/** Error bodies: ASP.NET's `message` or `Message`, OAuth's `error_description`. */
export function errorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  for (const key of ['message', 'Message', 'error_description', 'error']) {
    if (typeof b[key] === 'string' && b[key]) return b[key];
  }
  return undefined;
}

/** The answers the dashboard reads, by the name its errors give them. */
export const ANSWERS = [
  'job list',
  'job',
  'messages',
  'user list',
  'workflow list',
  'cancel answer',
  'session answer',
  "workflow's jobs",
] as const;
export type AnswerName = (typeof ANSWERS)[number];

/** An answer that did not fit: which one, where in it, and what was wrong, for the UI to say in its language. */
export class UnreadableAnswer extends Error {
  constructor(
    readonly what: AnswerName,
    readonly where: string,
    readonly detail: string,
  ) {
    super(`The server's ${what} could not be read${where ? ` at ${where}` : ''}: ${detail}`);
    this.name = 'UnreadableAnswer';
  }
}

/** Parses, or throws an error naming the first thing that did not fit. */
export function readAs<T extends z.ZodMiniType>(schema: T, body: unknown, what: AnswerName): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UnreadableAnswer(what, issue.path.join('.'), issue.message);
}

export const LenientMessage = z.object({
  status: z.catch(count, 1),
  text: z.catch(text, ''),
  toolId: z.catch(count, -1),
});
export type LenientMessage = z.output<typeof LenientMessage>;

/** The help page shows one object where a list is expected; accept both. */
export const LenientMessages = z.union([
  z.array(LenientMessage),
  z.pipe(
    LenientMessage,
    z.transform((m) => [m]),
  ),
]);

const isPlainMessage = (m: unknown): m is LenientMessage => {
  const o = m as Partial<Record<keyof LenientMessage, unknown>> | null;
  return typeof o === 'object' && o !== null && typeof o.status === 'number' && typeof o.text === 'string' && typeof o.toolId === 'number';
};

/**
 * Messages, read the same way as LenientMessages but with a quick path for the usual
 * well-formed list: a long log is 100,000 lines, and checking each through the schema holds
 * the page up for a noticeable moment. Only the three fields the dashboard uses are kept.
 */
export function readMessages(body: unknown): LenientMessage[] {
  if (Array.isArray(body) && body.every(isPlainMessage)) return body.map((m) => ({ status: m.status, text: m.text, toolId: m.toolId }));
  return readAs(LenientMessages, body, 'messages');
}

export const LenientOutput = z.object({
  id: text,
  fileName: z.catch(text, 'output'),
  availableFormats: z.catch(z.array(text), []),
});
export type LenientOutput = z.output<typeof LenientOutput>;

export const LenientJobView = z.object({
  id: text,
  appId: maybeText,
  createDateTime: maybeText,
  status: z.catch(text, 'Unknown'),
  disposition: maybeText,
  outputs: z.pipe(
    z.nullish(z.array(LenientOutput)),
    z.transform((o) => o ?? []),
  ),
  // Read apart from the job (readMessages), so 100,000 lines take the quick path too.
  messages: z.optional(z.unknown()),
  priority: maybeText,
  workerTag: maybeText,
  runWithE2: maybeFlag,
});
export type LenientJobView = z.output<typeof LenientJobView>;

export const LenientWorkflowJob = z.object({
  id: text,
  createDate: maybeText,
  status: z.catch(text, 'Unknown'),
  // Not in the documented answer; some server versions send it.
  disposition: maybeText,
  priority: maybeText,
  workerTag: maybeText,
  runWithE2: maybeFlag,
});
export type LenientWorkflowJob = z.output<typeof LenientWorkflowJob>;
export const LenientWorkflowJobs = z.array(LenientWorkflowJob);
