import { Center, createTheme, Loader, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSession } from '../features/auth/require-session.tsx';
import { useServerSession } from '../features/auth/use-server-session.ts';
import { JobsPage } from '../pages/jobs-page.tsx';
import { AppLayout } from '../features/shell/app-layout.tsx';
import { RowHints } from '../components/row-hints.tsx';
import { NotificationsHost } from './notifications-host.tsx';
import { PATHS } from './paths.ts';
import { Landing } from './landing.tsx';

// The landing page and its frame come with the app itself: discovered only as React reached
// them, they were a second wave of requests after the first (see BENCHMARKS.md). The other
// pages load on their own.
const SignInPage = lazy(() => import('../pages/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const FailedPage = lazy(() => import('../pages/failed-page.tsx').then((m) => ({ default: m.FailedPage })));
// The Overview draws charts: their code loads with the page, never with the jobs list.
const OverviewPage = lazy(() => import('../pages/overview-page.tsx').then((m) => ({ default: m.OverviewPage })));
// A workflow's jobs are a second page most visits never open.
const WorkflowJobsPage = lazy(() => import('../pages/workflow-jobs-page.tsx').then((m) => ({ default: m.WorkflowJobsPage })));

/** The signed-in pages, each at its path in the route table. */
const PAGES = [
  { path: PATHS.overview, Page: OverviewPage },
  { path: PATHS.jobs, Page: JobsPage },
  { path: PATHS.job, Page: JobsPage },
  { path: PATHS.failed, Page: FailedPage },
  { path: PATHS.failedJob, Page: FailedPage },
  { path: PATHS.workflowJobs, Page: WorkflowJobsPage },
  { path: PATHS.workflowJob, Page: WorkflowJobsPage },
];

function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center h="60vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

// Shade 8 for filled colours, darker "dimmed" and placeholder text: white on the default
// shade 6, and the default greys on white, fall short of the 4.5:1 contrast WCAG AA asks for.
const theme = createTheme({ primaryColor: 'blue', primaryShade: { light: 8, dark: 8 }, defaultRadius: 'md' });
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': '#697077' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-placeholder': 'var(--mantine-color-dark-1)' },
});

export function App({ queryClient }: { queryClient: QueryClient }) {
  // The frame the page painted before the app's code arrived (index.html) goes as the app draws.
  useLayoutEffect(() => document.getElementById('first-paint')?.remove(), []);
  useServerSession();
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <NotificationsHost />
      <RowHints />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path={PATHS.signIn} element={<SignInPage />} />
              <Route
                element={
                  <RequireSession>
                    <AppLayout />
                  </RequireSession>
                }
              >
                {PAGES.map(({ path, Page }) => (
                  <Route key={path} path={path} element={<Suspense fallback={<PageLoading />}>{<Page />}</Suspense>} />
                ))}
              </Route>
              <Route path="*" element={<Landing />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
