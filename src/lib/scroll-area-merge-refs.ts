import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * What Mantine's ScrollArea takes from @floating-ui/react, from @mantine/hooks instead
 * (vite.config.ts routes that one import here): the same merge of refs, with React 19
 * cleanups, without loading floating-ui for the first view.
 */
export function useMergeRefs<T>(refs: (Ref<T> | undefined)[]) {
  return useMergedRef<T>(...refs);
}
