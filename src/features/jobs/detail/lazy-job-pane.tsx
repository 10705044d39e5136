import { Loader, Paper } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

// The pane (fields, outputs, the message viewer) is not needed for the first view of the list.
const JobPane = lazy(() => import('./job-pane.tsx').then((m) => ({ default: m.JobPane })));

export function LazyJobPane(props: ComponentProps<typeof JobPane>) {
  return (
    <Suspense
      fallback={
        <Paper withBorder radius="md" p="md">
          <Loader size="sm" />
        </Paper>
      }
    >
      <JobPane {...props} />
    </Suspense>
  );
}
