import { NumberInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  label: string;
  description: string;
  value: number;
  onChange: (v: number | null) => void;
  min: number;
  max: number;
  suffix?: string;
}

/**
 * A number the reader sets for a panel. The field keeps what is being typed (an empty field
 * while a number is retyped is not a setting); each whole number in range takes effect at once.
 */
export function SettingInput({ label, description, value, onChange, min, max, suffix }: Props) {
  const [typed, setTyped] = useState<string | number | null>(null);
  return (
    <NumberInput
      label={label}
      description={description}
      value={typed ?? value}
      onChange={(v) => {
        setTyped(v);
        if (typeof v === 'number' && v >= min && v <= max) onChange(v);
      }}
      onBlur={() => setTyped(null)}
      min={min}
      max={max}
      clampBehavior="blur"
      allowDecimal={false}
      allowNegative={false}
      suffix={suffix}
      w={{ base: '100%', xs: 240 }}
    />
  );
}
