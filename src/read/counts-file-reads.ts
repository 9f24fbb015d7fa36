/**
 * How many times a counts file's data has been read since the process started: each whole scan,
 * parse or Arrow load adds one. The pipeline promises one read per run; tests hold it to that.
 * @internal
 */
export const countsFileReads = { count: 0 };
