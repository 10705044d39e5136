/**
 * Lenient readings of the API's answers, for the dashboard. A real server may add fields,
 * leave optional ones out, send numbers as numbers or text, or use a status the contract
 * does not list: all of that is accepted. What the dashboard cannot work without (a job
 * id, the list's shape) still fails, with a message that says what was wrong.
 */
import { z } from 'zod';

const text = z.union([z.string(), z.number()]).transform(String);
const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined || v === '' ? null : String(v)));
const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const flag = z.union([z.boolean(), z.enum(['true', 'false', 'True', 'False']).transform((v) => v.toLowerCase() === 'true')]);

export const LenientJobListItem = z.object({
  jobId: text,
  status: text.catch('Unknown'),
  workflowName: text.catch(''),
  workflowId: optionalText.catch(null),
  submittedBy: text.catch(''),
  startTime: optionalText.catch(null),
  queueTime: optionalText.catch(null),
  executionTime: optionalText.catch(null),
  priority: optionalText.catch(null),
});
export type LenientJobListItem = z.output<typeof LenientJobListItem>;

export const LenientJobList = z.object({
  data: z.array(LenientJobListItem),
  pagination: z.object({
    currentPage: count.optional(),
    pageSize: count.optional(),
    totalItems: count,
    totalPages: count.optional(),
    hasNextPage: flag.optional(),
    hasPreviousPage: flag.optional(),
  }),
});
export type LenientJobList = z.output<typeof LenientJobList>;

export const LenientUser = z.object({
  id: text,
  firstName: text.catch(''),
  lastName: text.catch(''),
  email: optionalText.catch(null),
  isActive: flag.catch(true),
  role: optionalText.catch(null),
});
export type LenientUser = z.output<typeof LenientUser>;

export const LenientWorkflow = z.object({
  id: text,
  name: text,
  ownerId: optionalText.catch(null),
});
export type LenientWorkflow = z.output<typeof LenientWorkflow>;

export const LenientToken = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: count.optional(),
});

/** Error bodies: ASP.NET's `message` or `Message`, OAuth's `error_description`. */
export function errorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  for (const key of ['message', 'Message', 'error_description', 'error']) {
    if (typeof b[key] === 'string' && b[key]) return b[key];
  }
  return undefined;
}

/** Parses, or throws an error naming the first thing that did not fit. */
export function readAs<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`The server's ${what} could not be read${where}: ${issue.message}`);
}

export const LenientMessage = z.object({
  status: count.catch(1),
  text: text.catch(''),
  toolId: count.or(z.number()).catch(-1),
});
export type LenientMessage = z.output<typeof LenientMessage>;

/** The help page shows one object where a list is expected; accept both. */
export const LenientMessages = z.union([z.array(LenientMessage), LenientMessage.transform((m) => [m])]);

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
  fileName: text.catch('output'),
  availableFormats: z.array(text).catch([]),
});
export type LenientOutput = z.output<typeof LenientOutput>;

export const LenientJobView = z.object({
  id: text,
  appId: optionalText.catch(null),
  createDateTime: optionalText.catch(null),
  status: text.catch('Unknown'),
  disposition: optionalText.catch(null),
  outputs: z
    .array(LenientOutput)
    .nullish()
    .transform((o) => o ?? []),
  // Read apart from the job (readMessages), so 100,000 lines take the quick path too.
  messages: z.unknown().optional(),
  priority: optionalText.catch(null),
  workerTag: optionalText.catch(null),
  runWithE2: flag.nullish().catch(null),
});
export type LenientJobView = z.output<typeof LenientJobView>;

export const LenientWorkflowJob = z.object({
  id: text,
  createDate: optionalText.catch(null),
  status: text.catch('Unknown'),
  priority: optionalText.catch(null),
  workerTag: optionalText.catch(null),
  runWithE2: flag.nullish().catch(null),
});
export type LenientWorkflowJob = z.output<typeof LenientWorkflowJob>;
