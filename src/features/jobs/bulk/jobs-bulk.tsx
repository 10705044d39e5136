import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { cancellableView, jobListQueries } from '../api/job-list-queries.ts';
import type { JobRow } from '../components/job-columns.tsx';
import type { RowSelection } from '../state/use-row-selection.ts';
import { hasFilters, type JobsView } from '../state/view.ts';
import { BulkBar } from './bulk-bar.tsx';
import type { BulkSource } from './bulk-cancel-dialog.tsx';

// Only loaded when a bulk action is chosen.
const BulkCancelDialog = lazy(() => import('./bulk-cancel-dialog.tsx').then((m) => ({ default: m.BulkCancelDialog })));

interface Props {
  selection: RowSelection<JobRow>;
  view: JobsView;
  isCurator: boolean;
}

/** The bulk bar and, once an action is chosen, its dialog. */
export function JobsBulk({ selection, view, isCurator }: Props) {
  const [source, setSource] = useState<BulkSource | null>(null);
  // "All matching" counts only what a cancel can touch, and is offered only when there is some.
  const narrowed = cancellableView(view);
  const count = useQuery(jobListQueries.cancellableCount(view, isCurator));
  // The last filters' count is no answer for these: nothing is offered until this one's arrives.
  const cancellable = count.isPlaceholderData ? 0 : (count.data ?? 0);
  return (
    <>
      <BulkBar
        selected={selection.rows.size}
        matching={narrowed ? cancellable : 0}
        onCancelSelected={() => setSource({ kind: 'selected', rows: [...selection.rows.values()] })}
        onCancelMatching={() =>
          narrowed && setSource({ kind: 'matching', view: narrowed, total: cancellable, unfiltered: !hasFilters(view) })
        }
        onClear={selection.clear}
      />
      {source && (
        <Suspense>
          <BulkCancelDialog
            source={source}
            isCurator={isCurator}
            onClose={() => setSource(null)}
            // Jobs dealt with leave the selection; refused ones stay picked, to look at or retry.
            onFinished={(results) =>
              selection.remove(results.filter((r) => r.outcome === 'stopped' || r.outcome === 'removed').map((r) => r.jobId))
            }
          />
        </Suspense>
      )}
    </>
  );
}
