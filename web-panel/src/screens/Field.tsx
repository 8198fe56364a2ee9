/** A labelled input; the label is tied to the input by id, so screen readers and tests find it by name. */
export function Field(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  error?: string;
}) {
  const { id, label, value, onInput, type = 'text', required, autocomplete, error } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} name={id} type={type} value={value} required={required} autocomplete={autocomplete}
             aria-invalid={error ? 'true' : undefined} aria-describedby={error ? id + '-error' : undefined}
             onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
      {error && <span id={id + '-error'} class="error">{error}</span>}
    </div>
  );
}
