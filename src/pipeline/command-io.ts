/** What a command tells the person running it, apart from its result: notes, and the step it has reached. */
export interface CommandIo {
  /** A line a user should read (not an error): ignored columns, rejected rows, files written. */
  note: (line: string) => void;
  /** The run has reached this step (for a progress bar). */
  onStep?: (step: string) => void;
}

/** What a command prints on standard output: its table or JSON, or a file's bytes asked for as `-`, in chunks. */
export type Printed = Iterable<string | Uint8Array>;
