/**
 * One number field of dots. It shows what was typed until the database has it: pressing the up
 * arrow twice quickly must give 2, not 1 (each press counts from the field's value, and the
 * stored value arrives a moment after each press). A refused entry goes back to the stored value.
 */
import { useEffect, useState } from 'react';

interface DotsInputProps {
  value: number;
  max: number;
  label: string;
  onEnter: (value: string) => Promise<boolean>;
}

export function DotsInput({ value, max, label, onEnter }: DotsInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // The stored value caught up with what was typed: show the stored value again.
  useEffect(() => setDraft((d) => (d !== null && Number(d) === value ? null : d)), [value]);
  return (
    <input
      type="number"
      className="dots-input"
      min={0}
      max={max}
      value={draft ?? value}
      aria-label={label}
      onChange={(e) => {
        const typed = e.target.value;
        setDraft(typed);
        void onEnter(typed).then((written) => {
          if (!written) setDraft((d) => (d === typed ? null : d));
        });
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
