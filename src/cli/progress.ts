/** Steps of a run shown on a progress bar. */
export interface Progress {
  /** The run has reached this step (one of those given to `startProgress`). */
  step: (name: string) => void;
  /** The run is over: remove the bar, or make sure it never appears. */
  stop: () => void;
}

/** Where and when the bar may appear. */
export interface ProgressOptions {
  /** Default process.stderr; the bar appears only when it is a terminal. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Milliseconds before the bar appears (default 1 000): a quick run shows none. */
  delayMs?: number;
  /** False (as with `--quiet`) shows nothing. */
  enabled?: boolean;
}

/**
 * A progress bar on stderr that appears only when stderr is a terminal and the run has taken
 * longer than `delayMs`, so pipes, logs and quick runs stay clean. It counts the steps given and
 * names the current one; it has no colour. cli-progress is loaded only when the bar appears.
 *
 * @example
 * const progress = startProgress(['reading', 'estimating', 'writing']);
 * progress.step('estimating');
 * progress.stop();
 */
export function startProgress(steps: readonly string[], options: ProgressOptions = {}): Progress {
  const { stream = process.stderr, delayMs = 1000, enabled = true } = options;
  if (!enabled || stream.isTTY !== true) return { step: () => {}, stop: () => {} };
  let current = 0;
  let stopped = false;
  let bar: { update: (value: number, payload: object) => void; stop: () => void } | undefined;
  const timer = setTimeout(async () => {
    const { SingleBar } = (await import('cli-progress')).default;
    if (stopped) return;
    bar = new SingleBar({ stream, format: 'teleguest [{bar}] {value}/{total} {step}', barsize: 24, hideCursor: true, clearOnComplete: true });
    (bar as InstanceType<typeof SingleBar>).start(steps.length, current, { step: steps[current] });
  }, delayMs);
  // The timer alone never keeps the process alive.
  timer.unref();
  return {
    step(name) {
      current = Math.max(0, steps.indexOf(name));
      bar?.update(current, { step: name });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      bar?.update(steps.length, { step: '' });
      bar?.stop();
    },
  };
}
