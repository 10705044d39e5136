import { ActionIcon, UnstyledButton } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import cells from './job-cells.module.css';

const ROOT = `${UnstyledButton.classes.root} ${ActionIcon.classes.root} ${cells.rowIcon} mantine-focus-auto mantine-active`;

/**
 * A small icon button in a table row (copy, cancel). It looks like Mantine's subtle
 * ActionIcon but is a plain button: a page can hold 500 rows, and the component, with its
 * styles and loader transition, was a good part of drawing each one.
 */
export function RowIconButton({ color, ...props }: ComponentPropsWithRef<'button'> & { color?: 'red' }) {
  return <button type="button" className={ROOT} data-color={color} data-variant="subtle" {...props} />;
}
