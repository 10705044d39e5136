import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useSession } from '../../../lib/session.ts';
import { jobsQueries } from '../api/jobs-queries.ts';
import { viewFromParams } from '../state/view.ts';
import { loadVirtualJobRows, VIRTUAL_FROM } from './virtual-rows-loader.ts';

/**
 * Asks for the jobs page's data as the app starts, while the page's own code is still on its
 * way, so the two overlap instead of following one another. Renders nothing.
 */
export function PrefetchJobs() {
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  const session = useSession();
  useState(() => {
    if (session?.role !== 'curator' || !/^\/jobs(\/[^/]+)?$/.test(pathname)) return;
    const view = viewFromParams(new URLSearchParams(search));
    void queryClient.prefetchQuery(jobsQueries.list(view, true));
    void queryClient.prefetchQuery(jobsQueries.users());
    void queryClient.prefetchQuery(jobsQueries.workflows());
    // Big pages draw through the virtualizer: fetch its code beside the data.
    if (view.pageSize > VIRTUAL_FROM) void loadVirtualJobRows();
  });
  return null;
}
