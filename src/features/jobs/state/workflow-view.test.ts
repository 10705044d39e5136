import { describe, expect, it } from 'vitest';
import { paramsFromWorkflowView, workflowViewCodec, workflowViewFromParams } from './workflow-view.ts';

const read = (q: string) => workflowViewFromParams(new URLSearchParams(q));

describe('a workflow page’s view in the URL', () => {
  it('a bare URL is the default view, and the default view writes nothing', () => {
    expect(read('')).toEqual({ status: null, result: null, sort: 'CreateDate', dir: 'desc', page: 1, tz: 'local', refresh: 10 });
    expect(paramsFromWorkflowView(read('')).toString()).toBe('');
  });

  it('reads back what it wrote', () => {
    const q = 'status=Complete&result=Error&sort=Priority&dir=asc&page=3&tz=utc&refresh=0';
    expect(paramsFromWorkflowView(read(q)).toString()).toBe(q);
  });

  it('drops what this endpoint does not take', () => {
    expect(read('status=Completed&result=Cancelled&sort=AppName&dir=up&page=-2&refresh=7')).toEqual(read(''));
  });

  it('a new filter or order goes back to page 1; the refresh and time zone do not', () => {
    const on3 = read('page=3');
    expect(workflowViewCodec.change(on3, { result: 'Error' }).page).toBe(1);
    expect(workflowViewCodec.change(on3, { dir: 'asc' }).page).toBe(1);
    expect(workflowViewCodec.change(on3, { refresh: 0 }).page).toBe(3);
    expect(workflowViewCodec.change(on3, { page: 4 }).page).toBe(4);
  });
});
