import type { MultiSelectProps } from '@mantine/core';

/**
 * Once values are picked they say enough, and a placeholder after them only makes the field
 * taller. A field that cannot be typed in keeps it: without one, Mantine turns its input into
 * a hidden one, which the keyboard can no longer reach.
 */
export function placeholderFor({ value, placeholder, searchable }: Pick<MultiSelectProps, 'value' | 'placeholder' | 'searchable'>) {
  return value?.length && searchable ? undefined : placeholder;
}
