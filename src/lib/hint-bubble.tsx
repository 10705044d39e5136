import { Portal, Tooltip } from '@mantine/core';
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useState } from 'react';

interface Props {
  anchor: HTMLElement;
  label: string;
  multiline?: boolean;
}

/** The hint's bubble: placed by floating-ui, dressed in Mantine's tooltip styles. */
export default function HintBubble({ anchor, label, multiline }: Props) {
  const [bubble, setBubble] = useState<HTMLDivElement | null>(null);
  const { floatingStyles } = useFloating({
    elements: { reference: anchor, floating: bubble },
    placement: 'top',
    middleware: [offset(6), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  return (
    <Portal>
      <div
        ref={setBubble}
        className={Tooltip.classes.tooltip}
        data-multiline={multiline || undefined}
        role="tooltip"
        style={{ ...floatingStyles, maxWidth: 320, zIndex: 300 }}
      >
        {label}
      </div>
    </Portal>
  );
}
