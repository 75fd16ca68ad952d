/** One benchmark result line, as `npm run bench` prints it. */
export interface Figure {
  readonly metric: string;
  /** `null` when the figure could not be measured here (see `skipped`). */
  readonly value: number | null;
  readonly unit: string;
  /** The goal from the benchmark issue, e.g. `"<= 50"`. */
  readonly target?: string;
  readonly database?: 'postgres' | 'pglite';
  /** Why the figure is missing. */
  readonly skipped?: string;
  readonly [detail: string]: unknown;
}

/** Writes one figure as a JSON line on stdout, at once. */
export function printFigure(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

/** A progress note for the person watching; stdout stays JSON only. */
export function note(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
