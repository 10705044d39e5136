import { VisuallyHidden } from '@mantine/core';
import { cloneElement, useId, useState, type FocusEvent, type HTMLAttributes, type ReactElement } from 'react';
import { onDemand } from './on-demand.ts';

const bubble = onDemand(() => import('./hint-bubble.tsx'));

type Target = ReactElement<HTMLAttributes<HTMLElement>>;

/**
 * A short explanation beside a control (why it is disabled, what a badge means), shown on
 * hover and on keyboard focus and given to screen readers as the control's description.
 * The control stays the same element whether or not there is a hint, so it keeps the focus
 * when its hint comes or goes; the bubble's code loads with the first hover or focus.
 */
export function Hint({ label, children, multiline }: { label: string | null; children: Target; multiline?: boolean }) {
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const Bubble = bubble.use();
  const own = children.props;
  const show = (el: HTMLElement) => {
    bubble.fetch();
    setAnchor(el);
  };
  const hide = () => setAnchor(null);
  const target = cloneElement(
    children,
    label
      ? {
          'aria-describedby': id,
          onPointerEnter: (e) => {
            own.onPointerEnter?.(e);
            show(e.currentTarget);
          },
          onPointerLeave: (e) => {
            own.onPointerLeave?.(e);
            hide();
          },
          onFocus: (e: FocusEvent<HTMLElement>) => {
            own.onFocus?.(e);
            if (e.currentTarget.matches(':focus-visible')) show(e.currentTarget);
          },
          onBlur: (e) => {
            own.onBlur?.(e);
            hide();
          },
          onKeyDown: (e) => {
            own.onKeyDown?.(e);
            if (e.key === 'Escape') hide();
          },
        }
      : {},
  );
  return (
    <>
      {target}
      {label ? <VisuallyHidden id={id}>{label}</VisuallyHidden> : null}
      {label && anchor && Bubble ? <Bubble.default anchor={anchor} label={label} multiline={multiline} /> : null}
    </>
  );
}
