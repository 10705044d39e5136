import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/focus.css';
import './app/japanese.css';
import { i18nReady } from './lib/i18n.ts';
import { createQueryClient } from './app/query-client.ts';
import { prefetchJobsPage } from './app/prefetch-jobs.ts';
import { sessionStore } from './lib/session.ts';

/**
 * How long the first render waits for the jobs list. It is usually in by the time the code has
 * run (the page's first script asked for it), and a first render with the rows in it saves a
 * render of the page without them (see BENCHMARKS.md). A slow server gets the page without.
 */
const LIST_WAIT_MS = 300;

const queryClient = createQueryClient();
const list = prefetchJobsPage(queryClient, location, sessionStore.get());
const briefly = Promise.race([list, new Promise((resolve) => setTimeout(resolve, LIST_WAIT_MS))]);

void Promise.all([i18nReady, briefly]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
