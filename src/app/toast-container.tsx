// Its own module so the bundler can put the container in a chunk of its own; a dynamic import
// of the package itself would load with the rest of the package the page already uses.
export { Notifications as default } from '@mantine/notifications';
