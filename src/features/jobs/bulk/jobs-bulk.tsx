import { lazy, Suspense, useState } from 'react';
import type { JobRow } from '../components/job-columns.tsx';
import type { RowSelection } from '../state/use-row-selection.ts';
import type { JobsView } from '../state/view.ts';
import { BulkBar } from './bulk-bar.tsx';
import type { BulkSource } from './bulk-cancel-dialog.tsx';

// Only loaded when a bulk action is chosen.
const BulkCancelDialog = lazy(() => import('./bulk-cancel-dialog.tsx').then((m) => ({ default: m.BulkCancelDialog })));

interface Props {
  selection: RowSelection<JobRow>;
  view: JobsView;
  total: number;
  isCurator: boolean;
}

/** The bulk bar and, once an action is chosen, its dialog. */
export function JobsBulk({ selection, view, total, isCurator }: Props) {
  const [source, setSource] = useState<BulkSource | null>(null);
  return (
    <>
      <BulkBar
        selected={selection.rows.size}
        matching={total}
        onCancelSelected={() => setSource({ kind: 'selected', rows: [...selection.rows.values()] })}
        onCancelMatching={() => setSource({ kind: 'matching', view, total })}
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
