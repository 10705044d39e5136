import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client.ts';

/** Retry what can succeed on retry (network and server errors), never a 4xx or an unreadable answer. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => error instanceof ApiError && error.retryable && failures < 2,
        staleTime: 2_000,
      },
      mutations: { retry: false },
    },
  });
}
