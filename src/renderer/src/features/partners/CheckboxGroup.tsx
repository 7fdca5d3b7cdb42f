/** A labelled group of checkboxes over a list of ids (seats, consultation groups). */
export function CheckboxGroup({
  legend,
  ids,
  value,
  onChange,
  labelOf,
}: {
  legend: string;
  ids: readonly string[];
  value: readonly string[];
  onChange: (v: string[]) => void;
  labelOf: (id: string) => string;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {ids.map((id) => (
        <label key={id} className="compact">
          <input
            type="checkbox"
            checked={value.includes(id)}
            onChange={(e) => onChange(e.target.checked ? [...value, id] : value.filter((v) => v !== id))}
          />
          {labelOf(id)}
        </label>
      ))}
    </fieldset>
  );
}
