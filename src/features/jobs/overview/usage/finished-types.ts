/** The finished jobs as the history reads them (stands in until its module lands). */
export interface FinishedJob {
  jobId: string;
  workflowName: string;
  workflowId: string;
  submittedBy: string;
  priority: string;
  queuedMs: number;
  startMs: number | null;
  endMs: number | null;
  runMs: number | null;
  day: string;
}

export interface FinishedRead {
  fromDay: string;
  toDay: string;
  jobs: FinishedJob[];
  read: number;
  kept: number;
  capped: boolean;
  coveredFromDay: string;
  total: number;
}
