/**
 * Shown while a file is sent and processed. The API does not report progress for one request, so the bar is
 * indeterminate (a `<progress>` without value): screen readers announce it as busy.
 */
export function Busy({ label }: { label: string }) {
  return (
    <p role="status" className="authoring-busy">
      <progress aria-label={label} />
      <span>{label}</span>
    </p>
  );
}
