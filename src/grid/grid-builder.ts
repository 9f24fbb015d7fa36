import { compareCodes, type CountGrid, type OnDuplicate } from './count-grid.js';
import { daySpan, type WritableColumns } from '../read/count-columns.js';
import { FIRST, MISSING_PART, placeCell } from './place-cell.js';
import { allocateGrid } from './grid-size.js';

/** Thrown by `GridBuilder.add` at a duplicate when duplicates are errors: the row path reports it, with both lines. */
export class DuplicateRow extends Error {}

/**
 * Lays rows out as a count grid while they are read, chunk by chunk, so that no column of rows
 * is kept: one block of days per area (in order of first sight) in one shared buffer, grown when
 * a day or an area falls outside it; `finish` puts the blocks in code order and packs them in
 * place. Gives the grid `buildCountGrid` gives for the same rows (a test holds the two equal),
 * duplicates summed or replaced as `onDuplicate` says, or `DuplicateRow` thrown.
 *
 * @example
 * const builder = new GridBuilder('error', { firstDay: 19723, days: 366, areas: 357 });
 * builder.add(columns, 0, rows); // per chunk
 * const grid = builder.finish(areaCodes, areaNames);
 */
export class GridBuilder {
  private base: number;
  private days: number;
  private blocks: number;
  private values: Float64Array;
  private seen: Uint8Array;
  private firstDay = 0;
  private lastDay = -1;
  private duplicateRows = 0;
  /** Area and day (or hour) of each cell a sum made missing (`placeCell`): keys, as the layout moves when it grows. */
  private readonly missingSums = new Set<number>();

  /** `expected`: the first day, the days and the areas to make room for; growth handles more. */
  constructor(
    private readonly onDuplicate: OnDuplicate,
    expected: { firstDay: number; days: number; areas: number },
    /** The file, for the message of a grid too large to allocate (see `allocateGrid`). */
    private readonly source = 'the counts',
  ) {
    this.base = expected.firstDay;
    this.days = Math.max(1, expected.days);
    this.blocks = Math.max(1, expected.areas);
    this.values = this.allocate(this.blocks, this.days);
    this.seen = new Uint8Array((this.blocks * this.days + 7) >> 3);
  }

  /** Add rows `[from, to)` of the columns (area indices in order of first sight). */
  add(columns: { day: Int32Array; area: Int32Array; devices: Float64Array }, from: number, to: number): void {
    const { day, area, devices } = columns;
    if (from < to && this.lastDay < this.firstDay) this.firstDay = this.lastDay = day[from]!;
    // The layout in locals for the loop, read again after it grows.
    let { base, days, blocks, values, seen, firstDay, lastDay } = this;
    for (let row = from; row < to; row++) {
      const d = day[row]!;
      const a = area[row]!;
      if (d < firstDay) firstDay = d;
      else if (d > lastDay) lastDay = d;
      if (d < base || d >= base + days || a >= blocks) {
        this.grow(d, a);
        ({ base, days, blocks, values, seen } = this);
      }
      const placed = placeCell(values, seen, a * days + (d - base), devices[row]!, this.onDuplicate);
      if (placed === FIRST) continue;
      this.duplicateRows++;
      // The day's (or hour's) 32 bits under the area's: one key per cell.
      if (placed === MISSING_PART) this.missingSums.add(a * 2 ** 32 + (d >>> 0));
      if (this.onDuplicate === 'error') throw new DuplicateRow();
    }
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** The first and last day the rows gave. */
  get span(): { first: number; last: number } {
    return { first: this.firstDay, last: this.lastDay };
  }

  /**
   * The grid: areas in code order (`compareCodes`), then the region's row (NaN, for the kernels
   * to fill). `areaCodes` and `areaNames` are the areas in order of first sight. `days`: the span
   * to lay it on, if wider than the rows' (it must hold theirs), NaN where they gave nothing.
   */
  finish(areaCodes: readonly string[], areaNames: readonly string[], days = { first: this.firstDay, count: this.lastDay - this.firstDay + 1 }): CountGrid {
    const areaCount = areaCodes.length;
    const order = areaCodes.map((_, index) => index).sort((a, b) => compareCodes(areaCodes[a]!, areaCodes[b]!));
    // Block r is to hold area order[r]: follow each cycle of the permutation with one spare block.
    const spare = new Float64Array(this.days);
    const placed = new Uint8Array(areaCount);
    for (let start = 0; start < areaCount; start++) {
      if (placed[start] === 1 || order[start] === start) continue;
      spare.set(this.block(start));
      let to = start;
      for (let from = order[to]!; from !== start; from = order[to]!) {
        this.values.copyWithin(to * this.days, from * this.days, (from + 1) * this.days);
        placed[to] = 1;
        to = from;
      }
      this.values.set(spare, to * this.days);
      placed[to] = 1;
    }
    const { first, count: dayCount } = days;
    const cells = (areaCount + 1) * dayCount;
    const fits = first >= this.base && first + dayCount <= this.base + this.days;
    let devices: Float64Array;
    if (fits && this.values.length <= cells * 1.1) {
      // Pack the blocks to the span's days in place, each moved towards the start of the buffer.
      const shift = first - this.base;
      for (let row = 0; row < areaCount; row++) this.values.copyWithin(row * dayCount, row * this.days + shift, row * this.days + shift + dayCount);
      devices = this.values.subarray(0, cells);
      devices.fill(NaN, areaCount * dayCount);
    } else {
      // Much room to spare (a guess too large, or growth), or too little for the span: the grid
      // moves to a buffer of its own size, each block's days within the span copied over.
      devices = this.allocate(areaCount, dayCount);
      const from = Math.max(first, this.base);
      const to = Math.min(first + dayCount, this.base + this.days);
      for (let row = 0; row < areaCount; row++)
        devices.set(this.values.subarray(row * this.days + (from - this.base), row * this.days + (to - this.base)), row * dayCount + (from - first));
    }
    return {
      firstDay: first,
      dayCount,
      areaCodes: order.map((index) => areaCodes[index]!),
      areaNames: order.map((index) => areaNames[index]!),
      devices,
      duplicateRows: this.duplicateRows,
      missingSums: this.missingSums.size,
    };
  }

  private block(index: number): Float64Array {
    return this.values.subarray(index * this.days, (index + 1) * this.days);
  }

  /**
   * Room for `day` and area `area`, blocks copied over: a quarter more days or areas than fit, so
   * that a first guess a little short (a file with gaps) costs one copy, not twice the memory.
   */
  private grow(day: number, area: number): void {
    const first = Math.min(this.base, day);
    const end = Math.max(this.base + this.days, day + 1);
    const days = end - first > this.days ? Math.max(end - first, Math.ceil(this.days * 1.25)) : this.days;
    // Growing towards earlier days leaves the room before the first one, else after the last.
    const base = first < this.base ? end - days : this.base;
    const blocks = area >= this.blocks ? Math.max(area + 1, Math.ceil(this.blocks * 1.25)) : this.blocks;
    const values = this.allocate(blocks, days);
    const seen = new Uint8Array((blocks * days + 7) >> 3);
    for (let block = 0; block < this.blocks; block++) {
      values.set(this.block(block), block * days + (this.base - base));
      for (let offset = 0; offset < this.days; offset++) {
        const from = block * this.days + offset;
        if ((this.seen[from >> 3]! & (1 << (from & 7))) === 0) continue;
        const to = block * days + (this.base - base) + offset;
        seen[to >> 3]! |= 1 << (to & 7);
      }
    }
    this.base = base;
    this.days = days;
    this.blocks = blocks;
    this.values = values;
    this.seen = seen;
  }

  /** `blocks` blocks of `days` days and one more for the region's row, NaN, on a shared buffer the kernels read. */
  private allocate(blocks: number, days: number): Float64Array {
    return allocateGrid((blocks + 1) * days, { file: this.source }, `${blocks + 1} rows × ${days} days (or hours)`);
  }
}

/**
 * The grid to make room for, from the first chunk's rows and the file's `chunks` (its size over
 * the chunk's; the chunk's own span and areas when it is the whole file): its first day, and room
 * shaped as the file is ordered. Sorted by date (the area changes from row to row more often than
 * the day), the chunk has seen every area; sorted by area, every day. Along that order the file
 * is taken to go on as the chunk's second half goes (days, or areas, per row), so that a sparse
 * file (two hours of each day, say) is not grown time after time, and a stray early row or a thin
 * start does not count: never less than the rows themselves would fill, and at most 32 times
 * that. A chunk that does not keep to its order (rows in any order) gets room for its rows only.
 *
 * @example
 * new GridBuilder('error', expectedGrid(firstChunk, areasSeen, fileBytes / chunkBytes));
 */
export function expectedGrid(
  columns: Pick<WritableColumns, 'length' | 'day' | 'area'>,
  areas: number,
  chunks: number,
): { firstDay: number; days: number; areas: number } {
  const { day, area, length } = columns;
  const { firstDay: first, lastDay: last } = daySpan(columns);
  const span = last - first + 1;
  // The whole file in one chunk: it has shown all there is.
  if (!(chunks > 1)) return { firstDay: first, days: span, areas };
  let dayChanges = 0;
  let areaChanges = 0;
  let dayDrops = 0;
  let areaDrops = 0;
  for (let row = 1; row < length; row++) {
    const dayStep = day[row]! - day[row - 1]!;
    const areaStep = area[row]! - area[row - 1]!;
    if (dayStep !== 0) dayChanges++;
    if (dayStep < 0) dayDrops++;
    if (areaStep !== 0) areaChanges++;
    if (areaStep < 0) areaDrops++;
  }
  const scale = (Number.isFinite(chunks) ? chunks : 1) * 1.02;
  const cells = Math.ceil(length * scale);
  const byDate = areaChanges >= dayChanges;
  // Days (by date) or areas (by area, numbered in order of first sight) per row in the second
  // half: from the first row of the middle row's day (or area) to the first row of the last one's.
  const along = byDate ? day : area;
  const startOf = (row: number) => {
    while (row > 0 && along[row - 1] === along[row]) row--;
    return row;
  };
  const [from, to] = (byDate ? dayDrops : areaDrops) === 0 ? [startOf(length >> 1), startOf(length - 1)] : [0, 0];
  const perRow = to > from ? (along[to]! - along[from]!) / (to - from) : 0;
  const across = byDate ? areas : span;
  const extent = Math.ceil(Math.min(perRow * cells, (32 * cells) / across));
  return byDate
    ? { firstDay: first, days: Math.max(span, Math.ceil(cells / across), extent), areas }
    : { firstDay: first, days: span, areas: Math.max(areas, Math.ceil(cells / across), extent) };
}
