/** A progress bar with its words, outside any live region (a screen reader is not told each step). */
export function ProgressLine({
  done,
  total,
  label,
}: {
  done: number;
  total: number;
  label: string;
}) {
  return (
    <p>
      <progress value={done} max={Math.max(total, 1)} aria-label={label} /> {label}
    </p>
  );
}
