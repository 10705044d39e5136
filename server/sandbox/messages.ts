/**
 * What a job's log looks like. A job's messages are a pure function of the job and the
 * message's position, so the seed can write a whole log at once and the simulator can
 * write the same kind of log a few lines at a time.
 */
import { MESSAGE_CODES as C, TRANSIENT_FLAG } from '../../contract/message-codes.ts';
import { createRng, hashSeed, type Rng } from './seed/rng.ts';
import { INPUT_PATHS, TOOL_NAMES } from './seed/catalog.ts';

export interface MessageRow {
  status: number;
  text: string;
  toolId: number;
}

export interface LogContext {
  jobId: string;
  workflowName: string;
  toolCount: number;
}

const ENGINE = -1;

function toolName(ctx: LogContext, toolId: number): string {
  return TOOL_NAMES[hashSeed(`${ctx.workflowName}#${toolId}`) % TOOL_NAMES.length]!;
}

/** Sizes of logs: most are short, a few run to thousands of lines. */
export function plannedMessageCount(rng: Rng): number {
  const band = rng.weighted([
    [[5, 40], 75],
    [[40, 200], 20],
    [[200, 1500], 4],
    [[1500, 5000], 1],
  ] as const);
  return rng.int(band[0], band[1]);
}

export function startMessage(ctx: LogContext): MessageRow {
  return { status: C.info, text: `Started running ${ctx.workflowName}`, toolId: ENGINE };
}

/** The body of a log: the line at position `seq` (1-based, after the start line). */
export function bodyMessage(ctx: LogContext, seq: number): MessageRow {
  const rng = createRng(hashSeed(ctx.jobId) ^ Math.imul(seq, 2654435761));
  const toolId = rng.int(1, Math.max(1, ctx.toolCount));
  const tool = `${toolName(ctx, toolId)} (${toolId})`;
  const kind = rng.weighted([
    ['records', 22],
    ['input', 6],
    ['output', 4],
    ['complete', 16],
    ['conversion', 30],
    ['warning', 7],
    ['meta', 4],
    ['config', 3],
    ['temp', 3],
    ['transient', 3],
    ['disk', 0.2],
  ] as const);
  const n = rng.int(1, 250_000).toLocaleString('en-US');
  switch (kind) {
    case 'records':
      return { status: C.info, text: `${tool}: ${n} records were processed`, toolId };
    case 'input':
      return { status: C.fileInput, text: `${tool}: ${rng.pick(INPUT_PATHS)} (${n} records)`, toolId };
    case 'output':
      return { status: C.fileOutput, text: `${tool}: ${n} records were written to output`, toolId };
    case 'complete':
      return { status: C.toolComplete, text: `${tool}: Tool completed in ${(rng() * 30).toFixed(1)} sec`, toolId };
    case 'conversion': {
      const field = rng.pick(['Amount', 'OrderDate', 'Quantity', 'Discount', 'PostalCode']);
      const flag = rng.chance(0.25) ? TRANSIENT_FLAG : 0;
      return {
        status: C.fieldConversionError | flag,
        text: `${tool}: ConvError: Field "${field}": "${rng.pick(['n/a', '', '12/31', '1,2', '—'])}" is not a valid ${rng.pick(['Double', 'Date', 'Int32'])}`,
        toolId,
      };
    }
    case 'warning': {
      const flag = rng.chance(0.2) ? TRANSIENT_FLAG : 0;
      return {
        status: C.warning | flag,
        text: `${tool}: ${rng.pick(['Field "Region" has inconsistent data types', 'The field "Notes" was truncated to 254 characters', 'No records were returned', 'Duplicate field name "ID_2" renamed'])}`,
        toolId,
      };
    }
    case 'meta':
      return { status: C.updatedMetaInfo, text: `${tool}: Updated field information`, toolId };
    case 'config':
      return { status: C.config, text: `${tool}: Configuration loaded`, toolId };
    case 'temp':
      return {
        status: C.tempFile,
        text: `Temp file: C:\\ProgramData\\Alteryx\\Engine\\Engine_${rng.int(1000, 9999)}_${toolId}.yxdb`,
        toolId,
      };
    case 'transient':
      return { status: C.info | TRANSIENT_FLAG, text: `${tool}: ${rng.int(1, 99)}% complete`, toolId };
    case 'disk':
      return { status: C.lowDiskSpace, text: 'Low disk space on C:\\ (1.2 GB free)', toolId: ENGINE };
  }
}

/** The lines that close a log, which depend on how the job ended. */
export function closingMessages(ctx: LogContext, disposition: string, runMs: number, counts: LogCounts): MessageRow[] {
  const rows: MessageRow[] = [];
  const seconds = (runMs / 1000).toFixed(1);
  if (disposition === 'Error') {
    const toolId = Math.max(1, (hashSeed(ctx.jobId) % Math.max(1, ctx.toolCount)) + 1);
    rows.push({
      status: C.error,
      text: `${toolName(ctx, toolId)} (${toolId}): ${['Error opening connection: login timeout expired', 'Unexpected number of fields in record 4,812', 'The file is locked by another process', "Python: KeyError: 'customer_id'"][hashSeed(ctx.jobId) % 4]}`,
      toolId,
    });
    counts.errors += 1;
  }
  if (disposition === 'Warning' && counts.warnings === 0) {
    rows.push({ status: C.warning, text: 'Output Data: The output file was replaced', toolId: ENGINE });
    counts.warnings += 1;
  }
  if (disposition === 'Cancelled') {
    rows.push({ status: C.warning, text: 'The job was cancelled.', toolId: ENGINE });
  }
  rows.push({
    status: C.info,
    text: `Finished running ${ctx.workflowName} in ${seconds} seconds with ${counts.errors} errors, ${counts.conversions} field conversion errors and ${counts.warnings} warnings`,
    toolId: ENGINE,
  });
  return rows;
}

export interface LogCounts {
  errors: number;
  warnings: number;
  conversions: number;
}

export function countMessages(rows: Iterable<{ status: number }>): LogCounts {
  const counts = { errors: 0, warnings: 0, conversions: 0 };
  for (const r of rows) {
    const code = r.status & ~TRANSIENT_FLAG;
    if (code === C.error) counts.errors++;
    else if (code === C.warning) counts.warnings++;
    else if (code === C.fieldConversionError) counts.conversions++;
  }
  return counts;
}
