import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { RequireSession } from '../features/auth/require-session.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { JobsPage } from '../features/jobs/components/jobs-page.tsx';

import { AppLayout } from '../features/shell/app-layout.tsx';
import { createQueryClient } from './query-client.ts';

// A workflow's jobs are a second page most visits never open.
const WorkflowJobsPage = lazy(() =>
  import('../features/jobs/components/workflow-jobs-page.tsx').then((m) => ({ default: m.WorkflowJobsPage })),
);

// Shade 8 for filled colours, darker "dimmed" and placeholder text: white on the default
// shade 6, and the default greys on white, fall short of the 4.5:1 contrast WCAG AA asks for.
const theme = createTheme({ primaryColor: 'blue', primaryShade: { light: 8, dark: 8 }, defaultRadius: 'md' });
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': '#697077' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-placeholder': 'var(--mantine-color-dark-1)' },
});

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route
              element={
                <RequireSession>
                  <AppLayout />
                </RequireSession>
              }
            >
              <Route path="/jobs" element={<JobsPage />} />
              <Route path="/jobs/:jobId" element={<JobsPage />} />
              <Route path="/workflows/:workflowId/jobs" element={<Suspense>{<WorkflowJobsPage />}</Suspense>} />
              <Route path="/workflows/:workflowId/jobs/:jobId" element={<Suspense>{<WorkflowJobsPage />}</Suspense>} />
            </Route>
            <Route path="*" element={<Navigate to="/jobs" replace />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
