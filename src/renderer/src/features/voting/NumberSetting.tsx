/**
 * A number field for a setting that is saved as it is typed when valid. An invalid entry shows
 * what is wrong and changes nothing; leaving the field puts the saved value back.
 */
import { useEffect, useId, useState } from 'react';

interface NumberSettingProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** Saves the value; resolves to a message when refused, or null. */
  onCommit: (value: number) => Promise<string | null>;
  className?: string;
}

export function NumberSetting({ label, value, min, max, step = 1, onCommit, className }: NumberSettingProps) {
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  useEffect(() => setDraft(String(value)), [value]);

  const change = async (text: string) => {
    setDraft(text);
    if (text.trim() === '') return;
    const message = await onCommit(Number(text));
    setProblem(message);
  };

  return (
    <label className={className}>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => void change(e.target.value)}
        onBlur={() => {
          setDraft(String(value));
          setProblem(null);
        }}
      />
      {problem && (
        <span id={problemId} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
