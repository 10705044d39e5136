import { createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { RequireSession } from '../features/auth/require-session.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { JobsPage } from '../features/jobs/components/jobs-page.tsx';
import { WorkflowJobsPage } from '../features/jobs/components/workflow-jobs-page.tsx';
import { AppLayout } from '../features/shell/app-layout.tsx';
import { createQueryClient } from './query-client.ts';

const theme = createTheme({ primaryColor: 'blue', defaultRadius: 'md' });

export function App() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === 'ja' ? 0 : 1 }}>
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
                <Route path="/workflows/:workflowId/jobs" element={<WorkflowJobsPage />} />
                <Route path="/workflows/:workflowId/jobs/:jobId" element={<WorkflowJobsPage />} />
              </Route>
              <Route path="*" element={<Navigate to="/jobs" replace />} />
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
