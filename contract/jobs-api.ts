/**
 * The Alteryx Server V3 Jobs API, as zod schemas: the single description of the API's
 * shape. The sandbox validates its routes and builds its OpenAPI document from these; the
 * dashboard's client takes its types from them and reads responses with the lenient
 * variants in `lenient.ts`.
 */
import { z } from 'zod';
import {
  DIRECTIONS,
  NAMED_PRIORITIES,
  OUTPUT_FORMATS,
  RESULT_CODES,
  SORT_FIELDS,
  STATUS_FILTERS,
  WORKFLOW_JOB_STATUSES,
} from './job-words.ts';

/** Query parameters that take several values, repeated (`a=1&a=2`) or comma-separated. */
export const LIST_QUERY_PARAMS = ['priorities', 'statuses', 'users', 'workflowNames'] as const;

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;

// Query strings arrive as text; each of these checks the text, then converts it.
const wholeNumber = (name: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a whole number of 0 or more.`)
    .transform(Number);

const booleanText = z
  .string()
  .regex(/^(true|false)$/i, 'Must be true or false.')
  .transform((v) => v.toLowerCase() === 'true');

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date as yyyy-MM-dd.')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'Must be a real calendar date as yyyy-MM-dd.');

const idText = z.string().min(1).max(64);

export const priorityText = z
  .string()
  .regex(new RegExp(`^(${NAMED_PRIORITIES.join('|')}|\\d{1,4})$`), `Must be ${NAMED_PRIORITIES.join(', ')} or a number.`);

/** Sorting and paging, shared by the job lists. */
const paging = {
  sortField: z.enum(SORT_FIELDS).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  offset: wholeNumber('offset').optional(),
  limit: wholeNumber('limit')
    .pipe(z.number().min(1, 'limit must be at least 1.').max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}.`))
    .optional(),
};

export const ListJobsQuery = z.object({
  ...paging,
  priorities: z.array(priorityText).max(50).optional(),
  statuses: z.array(z.enum(STATUS_FILTERS)).max(10).optional(),
  users: z.array(idText).max(500).optional(),
  allUsers: booleanText.optional(),
  workflowNames: z.array(z.string().min(1).max(256)).max(500).optional(),
  completedBefore: isoDay.optional(),
  completedAfter: isoDay.optional(),
});
export type ListJobsQuery = z.output<typeof ListJobsQuery>;

export const JobListItem = z.object({
  jobId: z.string(),
  status: z.string(),
  workflowName: z.string(),
  workflowId: z.string(),
  submittedBy: z.string(),
  startTime: z.string().nullable(),
  queueTime: z.string(),
  executionTime: z
    .string()
    .nullable()
    .describe('A .NET TimeSpan: hh:mm:ss, or d.hh:mm:ss from a day on; for a running job, the time it has run so far.'),
  priority: z.string(),
});
export type JobListItem = z.infer<typeof JobListItem>;

export const Pagination = z.object({
  currentPage: z.number().int(),
  pageSize: z.number().int(),
  totalItems: z.number().int(),
  totalPages: z.number().int(),
  hasNextPage: z.boolean(),
  hasPreviousPage: z.boolean(),
});
export type Pagination = z.infer<typeof Pagination>;

export const JobList = z.object({ data: z.array(JobListItem), pagination: Pagination });
export type JobList = z.infer<typeof JobList>;

export const JobMessage = z.object({ status: z.number().int(), text: z.string(), toolId: z.number().int() });
export type JobMessage = z.infer<typeof JobMessage>;

export const JobOutput = z.object({
  id: z.string(),
  availableFormats: z.array(z.string()),
  fileName: z.string(),
});
export type JobOutput = z.infer<typeof JobOutput>;

export const JobView = z.object({
  id: z.string(),
  appId: z.string(),
  createDateTime: z.string(),
  status: z.string(),
  disposition: z.string(),
  outputs: z.array(JobOutput),
  messages: z.array(JobMessage).optional(),
  priority: z.string(),
  workerTag: z.string(),
  runWithE2: z.boolean(),
});
export type JobView = z.infer<typeof JobView>;

export const JobParams = z.object({ jobId: idText });
export const GetJobQuery = z.object({ includeMessages: booleanText.optional() });

export const MessageResult = z.object({ message: z.string() });
export type MessageResult = z.infer<typeof MessageResult>;

export const ApiErrorBody = z.object({
  message: z.string(),
  modelState: z.record(z.string(), z.array(z.string())).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const WorkflowParams = z.object({ workflowId: idText });
export const WorkflowJobsQuery = z.object({
  ...paging,
  status: z.enum(WORKFLOW_JOB_STATUSES).optional(),
  resultCode: z.enum(RESULT_CODES).optional(),
});
export type WorkflowJobsQuery = z.output<typeof WorkflowJobsQuery>;

export const WorkflowJob = z.object({
  id: z.string(),
  createDate: z.string(),
  status: z.string(),
  priority: z.string(),
  workerTag: z.string(),
  runWithE2: z.boolean(),
});
export type WorkflowJob = z.infer<typeof WorkflowJob>;

export const QueueJobBody = z
  .object({
    workerTag: z.string().max(64).optional(),
    credentialId: z.string().max(64).optional(),
    questions: z
      .array(z.object({ name: z.string().max(256), value: z.string().max(4096) }))
      .max(100)
      .optional(),
    priority: priorityText.optional(),
  })
  // An empty request body arrives as null: it means "all defaults".
  .nullish();
export type QueueJobBody = z.output<typeof QueueJobBody>;

export const User = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  isActive: z.boolean(),
  role: z.string(),
  dateCreated: z.string(),
});
export type User = z.infer<typeof User>;

export const Workflow = z.object({
  id: z.string(),
  sourceAppId: z.string(),
  name: z.string(),
  ownerId: z.string(),
  dateCreated: z.string(),
  publishedVersionNumber: z.number().int(),
  isAmp: z.boolean(),
  executionMode: z.string(),
});
export type Workflow = z.infer<typeof Workflow>;

export const OutputParams = z.object({ jobId: idText, outputId: idText });
export const OutputQuery = z.object({ format: z.enum(OUTPUT_FORMATS).optional() });

export const TokenRequest = z.object({
  grant_type: z.string().max(64).optional(),
  client_id: z.string().max(256).optional(),
  client_secret: z.string().max(256).optional(),
});
export const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.string(),
  expires_in: z.number().int(),
});
export type TokenResponse = z.infer<typeof TokenResponse>;
export const TokenError = z.object({
  error: z.string(),
  error_description: z.string(),
  message: z.string(),
});
