import { useId } from 'react';
import { input, muted } from './styles.ts';

type Props = {
  label: string;
  hint: string;
  value: string;
  error: string | null;
  maxLength: number;
  onChange: (value: string) => void;
  onBlur?: () => void;
};

/** One optional identifier with its hint and, when wrong, a message tied to the field. */
export function IdentifierField({ label, hint, value, error, maxLength, onChange, onBlur }: Props) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        className={input}
        value={value}
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength + 8}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <p id={`${id}-hint`} className={`text-sm ${muted}`}>
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
