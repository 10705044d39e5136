import { describe, expect, it } from 'vitest';
import { errorMessage, LenientJobList, readAs } from './lenient.ts';

const item = {
  jobId: '68dd3292c97fddfcc003adcb',
  status: 'Completed',
  workflowName: 'Workflow1.yxmd',
  workflowId: '68dd32922a719467662d27c7',
  submittedBy: 'Jane Doe',
  startTime: '2025-10-01T13:54:26Z',
  queueTime: '2025-10-01T13:54:26Z',
  executionTime: '00:00:02',
  priority: '6',
};
const page = (data: unknown[]) => ({
  data,
  pagination: { currentPage: 1, pageSize: 50, totalItems: data.length, totalPages: 1, hasNextPage: false, hasPreviousPage: false },
});

describe('lenient reading of a job list', () => {
  it('reads the spec’s example as it is', () => {
    expect(LenientJobList.parse(page([item])).data[0]).toEqual(item);
  });

  it('takes numbers where text is expected, and text where numbers are', () => {
    const read = LenientJobList.parse({
      data: [{ ...item, priority: 6, jobId: 42 }],
      pagination: { totalItems: '1', hasNextPage: 'false' },
    });
    expect(read.data[0]!.priority).toBe('6');
    expect(read.data[0]!.jobId).toBe('42');
    expect(read.pagination.totalItems).toBe(1);
    expect(read.pagination.hasNextPage).toBe(false);
  });

  it('accepts extra fields, missing optional ones, and unknown statuses', () => {
    const { startTime: _s, executionTime: _e, priority: _p, ...rest } = item;
    const read = LenientJobList.parse(page([{ ...rest, status: 'Cancelled', extra: { nested: true } }]));
    expect(read.data[0]).toMatchObject({ status: 'Cancelled', startTime: null, executionTime: null, priority: null });
    expect(read.data[0]).not.toHaveProperty('extra');
  });

  it('fails clearly on what it cannot use', () => {
    expect(() => readAs(LenientJobList, { data: [{ status: 'Queued' }], pagination: { totalItems: 1 } }, 'job list')).toThrow(
      /job list could not be read at data\.0\.jobId/,
    );
    expect(() => readAs(LenientJobList, [], 'job list')).toThrow(/job list could not be read/);
  });
});

describe('error messages', () => {
  it.each([
    [{ message: 'a' }, 'a'],
    [{ Message: 'b' }, 'b'],
    [{ error: 'invalid_client', error_description: 'c' }, 'c'],
    [{ error: 'invalid_client' }, 'invalid_client'],
    ['text', undefined],
    [null, undefined],
  ])('%j → %s', (body, expected) => {
    expect(errorMessage(body)).toBe(expected);
  });
});

describe('lenient reading of a job and its messages', () => {
  it('accepts messages as a list or as the single object of the help page', async () => {
    const { LenientMessages } = await import('./lenient.ts');
    expect(LenientMessages.parse([{ status: 1, text: 'a', toolId: 3 }])).toEqual([{ status: 1, text: 'a', toolId: 3 }]);
    expect(LenientMessages.parse({ status: 0, text: 'string', toolId: 0 })).toEqual([{ status: 0, text: 'string', toolId: 0 }]);
  });

  it('readMessages: the quick path and the schema read the same; odd answers still go through the schema', async () => {
    const { readMessages, LenientMessages } = await import('./lenient.ts');
    const plain = [
      { status: 3, text: 'boom', toolId: 4, extra: true },
      { status: 1, text: 'ok', toolId: -1 },
    ];
    expect(readMessages(plain)).toEqual(LenientMessages.parse(plain));
    expect(readMessages(plain)[0]).not.toHaveProperty('extra');
    // Numbers as text, a single object, a missing text: the schema's lenient reading.
    expect(readMessages([{ status: '2', text: 'w', toolId: '7' }])).toEqual([{ status: 2, text: 'w', toolId: 7 }]);
    expect(readMessages({ status: 0, text: 'one', toolId: 0 })).toEqual([{ status: 0, text: 'one', toolId: 0 }]);
    expect(readMessages([{ status: 1, toolId: 2 }])).toEqual([{ status: 1, text: '', toolId: 2 }]);
    expect(() => readMessages('nonsense')).toThrow(/messages could not be read/);
  });

  it('reads a JobView with a Cancelled status, numbers as text, and missing parts', async () => {
    const { LenientJobView } = await import('./lenient.ts');
    const view = LenientJobView.parse({ id: 'x', status: 'Cancelled', priority: 6, runWithE2: 'True', extra: 1 });
    expect(view).toMatchObject({ id: 'x', status: 'Cancelled', priority: '6', runWithE2: true, outputs: [], disposition: null });
  });
});
