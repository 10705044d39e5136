import { useDisclosure } from '@mantine/hooks';
import { useRef, useState, type RefObject } from 'react';

/**
 * A dialog whose code loads with its first opening: `mounted` turns on then and stays on, so
 * later closings can animate. Mounting already open, the Modal cannot see where the focus
 * was; this gives it back on close, to `returnTo` or else to what had it when it opened.
 */
export function useLazyDialog(returnTo?: RefObject<HTMLElement | null>) {
  const [opened, { open: show, close: hide }] = useDisclosure(false);
  const [mounted, setMounted] = useState(false);
  if (opened && !mounted) setMounted(true);
  const hadFocus = useRef<HTMLElement | null>(null);
  const open = () => {
    hadFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    show();
  };
  const close = () => {
    hide();
    setTimeout(() => (returnTo?.current ?? hadFocus.current)?.focus(), 0);
  };
  return { opened, mounted, open, close };
}
