/** Workflows, their schedules and who they are shared with. */
import type { Db } from '../db.ts';
import { prepared } from './statements.ts';
import { visibleTo, type Viewer } from './visibility.ts';

/** What running a workflow needs. */
export interface RunnableWorkflow {
  id: string;
  name: string;
  owner_id: string;
  worker_tag: string;
  is_amp: number;
  tool_count: number;
  median_run_s: number;
  output_plan: string;
}

export interface WorkflowRow extends RunnableWorkflow {
  source_app_id: string;
  date_created_ms: number;
  published_version: number;
  execution_mode: string;
}

export interface ScheduleRow {
  id: string;
  workflowId: string;
  ownerId: string;
  priority: string;
}

const COLUMNS = `w.id, w.source_app_id, w.name, w.owner_id, w.date_created_ms, w.published_version, w.is_amp, w.execution_mode,
  w.worker_tag, w.tool_count, w.median_run_s, w.output_plan`;

export class Workflows {
  constructor(private readonly db: Db) {}

  /** The workflows the viewer may see, by name; with `id`, that one alone if they may. */
  visibleTo(viewer: Viewer, id?: string): WorkflowRow[] {
    const { terms, params } = visibleTo(viewer, 'workflows', 'w.');
    if (id !== undefined) terms.push('w.id = @id');
    const where = terms.length ? `WHERE ${terms.join(' AND ')}` : '';
    return prepared(this.db, `SELECT ${COLUMNS} FROM workflows w ${where} ORDER BY w.name`).all({ ...params, id }) as WorkflowRow[];
  }

  /** Every workflow by id, the order the simulator draws them in. */
  byId(): WorkflowRow[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM workflows w ORDER BY w.id`).all() as WorkflowRow[];
  }

  schedules(): ScheduleRow[] {
    return prepared(this.db, 'SELECT id, workflow_id AS workflowId, owner_id AS ownerId, priority FROM schedules ORDER BY id').all() as
      ScheduleRow[];
  }
}
