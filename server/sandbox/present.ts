/** Database rows into the API's shapes. */
import type { JobListItem, JobMessage, JobView, User, Workflow, WorkflowJob } from '../../contract/jobs-api.ts';
import type { JobListRow } from './data/job-list.ts';
import type { JobMessageRow, JobRow, OutputRow } from './data/jobs.ts';
import type { UserRow } from './data/users.ts';
import type { WorkflowRow } from './data/workflows.ts';
import { formatDuration, iso, isoSeconds } from './domain.ts';
import { formatsFor } from './outputs.ts';

export function listItem(r: JobListRow, nowMs: number): JobListItem {
  const end = r.completion_ms ?? (r.start_ms === null ? null : nowMs);
  return {
    jobId: r.id,
    status: r.status,
    workflowName: r.app_name,
    workflowId: r.workflow_id,
    submittedBy: r.submitted_by,
    startTime: r.start_ms === null ? null : isoSeconds(r.start_ms),
    queueTime: isoSeconds(r.create_ms),
    executionTime: r.start_ms === null || end === null ? null : formatDuration(end - r.start_ms),
    priority: r.priority,
  };
}

/** `messages` only when the caller asked for them. */
export function jobView(job: JobRow, outputs: OutputRow[], messages?: JobMessageRow[]): JobView {
  const view: JobView = {
    id: job.id,
    appId: job.workflow_id,
    createDateTime: iso(job.create_ms),
    status: job.status,
    disposition: job.disposition,
    outputs: outputs.map((o) => ({ id: o.id, availableFormats: formatsFor(o.kind), fileName: o.file_name })),
    priority: job.priority,
    workerTag: job.worker_tag,
    runWithE2: job.run_with_e2 === 1,
  };
  if (messages) view.messages = messages.map(message);
  return view;
}

export function message(m: JobMessageRow): JobMessage {
  return { status: m.status, text: m.text, toolId: m.tool_id };
}

export function workflowJob(job: JobRow): WorkflowJob {
  return {
    id: job.id,
    createDate: iso(job.create_ms),
    status: job.status,
    priority: job.priority,
    workerTag: job.worker_tag,
    runWithE2: job.run_with_e2 === 1,
  };
}

export function user(u: UserRow): User {
  return {
    id: u.id,
    firstName: u.first_name,
    lastName: u.last_name,
    email: u.email,
    isActive: u.is_active === 1,
    role: u.role,
    dateCreated: iso(u.date_created_ms),
  };
}

export function workflow(w: WorkflowRow): Workflow {
  return {
    id: w.id,
    sourceAppId: w.source_app_id,
    name: w.name,
    ownerId: w.owner_id,
    dateCreated: iso(w.date_created_ms),
    publishedVersionNumber: w.published_version,
    isAmp: w.is_amp === 1,
    executionMode: w.execution_mode,
  };
}

export function pagination(total: number, offset: number, limit: number) {
  return {
    currentPage: Math.floor(offset / limit) + 1,
    pageSize: limit,
    totalItems: total,
    totalPages: Math.ceil(total / limit),
    hasNextPage: offset + limit < total,
    hasPreviousPage: offset > 0,
  };
}
