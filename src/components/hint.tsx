import { Tooltip, VisuallyHidden } from '@mantine/core';
import { cloneElement, useId, type HTMLAttributes, type ReactElement } from 'react';

type Target = ReactElement<HTMLAttributes<HTMLElement>>;

/**
 * A short explanation beside a control (why it is disabled, what a badge means): Mantine's
 * Tooltip, shown on hover and on keyboard focus, with the same text as the control's
 * description for screen readers at all times, not only while the tooltip shows. Without a
 * label the control stays the same element, so it keeps the focus when its hint comes or goes.
 */
export function Hint({ label, children, multiline }: { label: string | null; children: Target; multiline?: boolean }) {
  const id = useId();
  return (
    <>
      <Tooltip label={label} disabled={!label} multiline={multiline} maw={320} events={{ hover: true, focus: true, touch: false }}>
        {cloneElement(children, { 'aria-describedby': label ? id : undefined })}
      </Tooltip>
      {label ? <VisuallyHidden id={id}>{label}</VisuallyHidden> : null}
    </>
  );
}
