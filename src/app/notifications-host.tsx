import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// The toasts' container (and its animations) loads with the first toast, not with the page.
const Notifications = lazy(() => import('./toast-container.tsx'));

/** Where toasts appear. Toasts shown before it loads are kept in the store and appear with it. */
export function NotificationsHost() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense>
      <Notifications position="top-right" />
    </Suspense>
  );
}
