import type { SingleBar } from 'cli-progress';

/** Steps of a run shown on a progress bar. */
export interface Progress {
  /** The run has reached this step (one of those given to `startProgress`). */
  step: (name: string) => void;
  /** Write a line of text (a note) above the bar, which is drawn again under it. */
  write: (text: string) => void;
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
  if (!enabled || stream.isTTY !== true) return { step: () => {}, write: (text) => void stream.write(text), stop: () => {} };
  let current = 0;
  let stopped = false;
  let bar: SingleBar | undefined;
  let newBar: (() => SingleBar) | undefined;
  const draw = () => {
    bar = newBar!();
    bar.start(steps.length, current, { step: steps[current] });
  };
  const timer = setTimeout(async () => {
    const cliProgress = (await import('cli-progress')).default;
    if (stopped) return;
    newBar = () =>
      new cliProgress.SingleBar({ stream, format: 'teleguest [{bar}] {value}/{total} {step}', barsize: 24, hideCursor: true, clearOnComplete: true });
    draw();
  }, delayMs);
  // The timer alone never keeps the process alive.
  timer.unref();
  return {
    step(name) {
      current = Math.max(0, steps.indexOf(name));
      bar?.update(current, { step: name });
    },
    write(text) {
      // The bar clears its line and is drawn anew below the text (it redraws from where it started).
      bar?.stop();
      stream.write(text);
      if (bar !== undefined) draw();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      bar?.stop();
      bar = undefined;
    },
  };
}
