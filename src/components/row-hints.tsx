import { Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';

/** The attribute a control in a table row carries to have its reason shown by `RowHints`. */
export const ROW_HINT = 'data-row-hint';

/**
 * One Mantine Tooltip for the small controls in table rows that say why they are disabled:
 * a Tooltip in each of 50 rows made the first view of the jobs table slow to draw (see
 * BENCHMARKS.md). It follows the pointer and the keyboard focus to any element with
 * `data-row-hint`; each such control also names its reason as its description itself.
 */
export function RowHints() {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const hinted = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLElement>(`[${ROW_HINT}]`) : null);
    const leave = (e: Event) => {
      const el = hinted(e);
      if (el) setTarget((t) => (t === el ? null : t));
    };
    const over = (e: PointerEvent) => {
      const el = hinted(e);
      if (el && e.pointerType !== 'touch') setTarget(el);
    };
    const out = (e: PointerEvent) => {
      if (!(e.relatedTarget instanceof Node && hinted(e)?.contains(e.relatedTarget))) leave(e);
    };
    const focus = (e: FocusEvent) => {
      const el = hinted(e);
      if (el?.matches(':focus-visible')) setTarget(el);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setTarget(null);
    };
    document.addEventListener('pointerover', over);
    document.addEventListener('pointerout', out);
    document.addEventListener('focusin', focus);
    document.addEventListener('focusout', leave);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerover', over);
      document.removeEventListener('pointerout', out);
      document.removeEventListener('focusin', focus);
      document.removeEventListener('focusout', leave);
      document.removeEventListener('keydown', escape);
    };
  }, []);
  if (!target) return null;
  return <Tooltip target={target} label={target.getAttribute(ROW_HINT)} opened multiline maw={320} />;
}
