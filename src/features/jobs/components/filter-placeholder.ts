import type { MultiSelectProps } from '@mantine/core';

/**
 * Once values are picked they say enough: "Any" after them would contradict them, and a
 * searchable field needs no placeholder at all. A field that cannot be typed in gets a short
 * "add" hint instead of none: without one, Mantine turns its input into a hidden one, which the
 * keyboard can no longer reach.
 */
export function placeholderFor(
  { value, placeholder, searchable }: Pick<MultiSelectProps, 'value' | 'placeholder' | 'searchable'>,
  addMore: string,
) {
  if (!value?.length) return placeholder;
  return searchable ? undefined : addMore;
}
