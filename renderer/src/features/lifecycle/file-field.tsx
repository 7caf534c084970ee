interface FileFieldProps {
  id: string;
  label: string;
  hint: string;
  /** Already in the UI language (it names the file). */
  error: string | undefined;
  onFiles: (files: File[]) => void;
}

/** A file picker with its hint and, beside it, what was wrong with what was picked. */
export function FileField({ id, label, hint, error, onFiles }: FileFieldProps) {
  const errorId = error ? `${id}-error` : undefined;
  const hintId = `${id}-hint`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple
        className="lc-file-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}
        onChange={(event) => onFiles(Array.from(event.target.files ?? []))}
      />
      {error && (
        <p id={errorId} className="field__error" role="alert">
          <span className="field__error-icon" aria-hidden="true">
            ⚠
          </span>
          {error}
        </p>
      )}
      <p id={hintId} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
