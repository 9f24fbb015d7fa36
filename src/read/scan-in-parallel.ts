import { countsFileReads } from './counts-file-reads.js';
import { open } from 'node:fs/promises';
import { isFirstOfRepeatedHour } from '../clock/oslo-local-hour.js';
import type { CountColumns } from './count-columns.js';
import { ESTIMATE_WORKER, withPool } from '../pool/with-pool.js';
import type { CountsLayout } from './counts-layout.js';
import type { DateWindow } from './date-window.js';
import type { CountsRead } from './read-counts.js';
import { plainHeader, scanPart } from './scan-counts-csv.js';

/** How far past a planned split point a line ending is looked for before the split is dropped. */
const SPLIT_LOOKAHEAD_BYTES = 1024 * 1024;

/**
 * Scan a plain CSV in `threads` parts split at line endings: the first part on this thread, the
 * others on a pool of worker threads at the same time, their columns then joined in file order
 * with line numbers, area indices and names as one scan of the whole file gives them (a test
 * holds the two identical). Hourly files with a `time` column are not split (whether a row is
 * the repeated 02:00 there depends on a zone the columns do not keep): undefined for those, as
 * for anything the scanner hands over, and the caller scans the file whole.
 *
 * `names` are the file's own names for teleguest's columns (`--columns`); every part reads its header by them.
 * A date outside `dateWindow` in any part hands the file over, as the whole scan does.
 * `minPartBytes` is for tests: small parts put several in a small file.
 *
 * @example
 * const read = await scanInParallel('national.csv', 2); // read?.counts.length === 1304121
 */
export async function scanInParallel(
  file: string,
  threads: number,
  names?: CountsLayout['columns'],
  dateWindow?: DateWindow,
  minPartBytes = 1,
): Promise<CountsRead | undefined> {
  const header = await plainHeader(file, names);
  if (header === undefined || header.columns.time !== -1) return undefined;
  const handle = await open(file, 'r');
  let bounds: number[];
  try {
    bounds = await splitAtLines(handle, header.bytes, threads, minPartBytes);
  } finally {
    await handle.close();
  }
  const ranges = bounds.slice(1).map((to, part) => ({ from: bounds[part]!, to }));
  if (ranges.length < 2) return undefined;

  countsFileReads.count++;
  let first: Awaited<ReturnType<typeof scanPart>>;
  let others: unknown[] = [];
  await withPool(ranges.length - 1, ESTIMATE_WORKER, async (run) => {
    const rest = run(
      'scanPart',
      ranges.slice(1).map((range) => ({ file, range, names, dateWindow })),
    );
    // This thread scans the first part meanwhile, its columns sized for the whole file's rows.
    first = await scanPart(file, ranges[0], { sizeFor: bounds.at(-1)!, names, dateWindow });
    others = await rest;
  });
  if (first === undefined || others.some((part) => part === undefined)) return undefined;
  const { builder, notes, hasHour } = first;
  let linesBefore = first.lines;
  for (const { counts, lines } of others as Array<{ counts: CountColumns; lines: number }>) {
    // Each part numbered its areas in its own order of first sight; this one's order continues it.
    const areaOf = counts.areaCodes.map((code, index) => builder.areaIndexOf(code, counts.areaNames[index]!));
    const into = builder.reserveRows(counts.length);
    const at = into.length;
    let lastHour = NaN;
    let repeated = false;
    for (let row = 0; row < counts.length; row++) {
      into.day[at + row] = counts.day[row]!;
      into.area[at + row] = areaOf[counts.area[row]!]!;
      into.devices[at + row] = counts.devices[row]!;
      // The part numbered its lines as if it came straight after the header.
      into.line[at + row] = counts.line[row]! + linesBefore;
      if (!hasHour) continue;
      // A part took its first 02:00 on the October day as the first one; an earlier part may have had it.
      const hour = counts.utcHour![row]!;
      if (hour !== lastHour) {
        lastHour = hour;
        repeated = isFirstOfRepeatedHour(hour);
      }
      into.utcHour![at + row] = repeated ? builder.resolveRepeatedHour(into.area[at + row]!, -1, hour, true) : hour;
    }
    builder.setLength(at + counts.length);
    linesBefore += lines;
  }
  const counts = builder.finish();
  return counts.length === 0 ? undefined : { counts, notes };
}

/**
 * Byte offsets that cut `[from, size)` into about `parts` parts of at least `minPartBytes`, each
 * cut just after a line feed: `[from, …, size]`.
 */
async function splitAtLines(handle: Awaited<ReturnType<typeof open>>, from: number, parts: number, minPartBytes: number): Promise<number[]> {
  const { size } = await handle.stat();
  const step = Math.max(minPartBytes, Math.ceil((size - from) / parts));
  const bounds = [from];
  const probe = Buffer.alloc(SPLIT_LOOKAHEAD_BYTES);
  for (let planned = from + step; planned < size && bounds.length < parts; planned = bounds.at(-1)! + step) {
    const { bytesRead } = await handle.read(probe, 0, probe.length, planned - 1);
    const lf = probe.subarray(0, bytesRead).indexOf(10);
    // No line ending near: the rest stays one part.
    if (lf === -1 || planned + lf >= size) break;
    bounds.push(planned + lf);
  }
  bounds.push(size);
  return bounds;
}
