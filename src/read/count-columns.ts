import { isFirstOfRepeatedHour, osloLocalHour } from '../clock/oslo-local-hour.js';
import { InputError } from '../errors.js';

/**
 * Device counts as read from a file: one entry per input row, in file order.
 * `area` holds indices into `areaCodes`; `devices` is NaN where the cell was blank
 * (a missing or suppressed observation); `line` is the row's line (CSV) or row number (Arrow),
 * kept so that later checks, such as duplicates, can point at the row.
 */
export interface CountColumns {
  /** The file the rows came from, for error messages. */
  source: string;
  /** How `line` numbers are meant: a CSV line or an Arrow row. */
  lineKind: 'line' | 'row';
  length: number;
  day: Int32Array;
  area: Int32Array;
  devices: Float64Array;
  line: Int32Array;
  areaCodes: string[];
  /** The name given for each area (`area_name`), or '' where none was given. */
  areaNames: string[];
  /** Rows skipped by lenient reading (`--rejects`); 0 when reading strictly. */
  rejectedRows: number;
  /** Rows whose `devices` cell was blank, null or a suppression marker (`<5`, `..`): missing, never zero. */
  blankRows: number;
  /**
   * Present when the file has a `segment` column (such as `home` and `foreign`): indices into
   * `segmentNames`, one per row. A day's count for an area is the sum over its segments.
   */
  segments?: { segment: Int32Array; segmentNames: string[] };
  /**
   * Present for hourly counts (an `hour` or `time` column): each row's hour as a UTC hour
   * number (hours since 1970-01-01T00:00Z), unambiguous across daylight saving; `day` is then
   * the row's Europe/Oslo calendar day.
   */
  utcHour?: Int32Array;
}

/** The builder's columns as `reserveRows` lends them: rows so far (`length`), and room after them. */
export interface WritableColumns {
  length: number;
  day: Int32Array;
  area: Int32Array;
  devices: Float64Array;
  line: Int32Array;
  /** Present in an hourly builder. */
  utcHour: Int32Array | undefined;
}

/**
 * Collects rows into growing typed columns (capacity doubles), so memory follows the rows,
 * not the text they came from.
 *
 * @example
 * const builder = new CountColumnsBuilder('counts.csv', 'line');
 * builder.push(19782, '3326', 'Hemsedal', 1200, 2);
 * builder.finish().length; // 1
 */
export class CountColumnsBuilder {
  private length = 0;
  private day: Int32Array;
  private area: Int32Array;
  private devices: Float64Array;
  private line: Int32Array;
  private readonly areaIndex = new Map<string, number>();
  private readonly areaCodes: string[] = [];
  private readonly areaNames: string[] = [];
  private rejectedRows = 0;
  private segment: Int32Array | undefined;
  private readonly segmentIndex = new Map<string, number>();
  private utcHour: Int32Array | undefined;
  /** Rows given at the repeated local hour (02 on the last Sunday of October), by area, segment and hour. */
  private readonly repeatedHourSeen = new Set<string>();

  /**
   * `capacity`: rows expected, when the reader can tell (from the file's size, say); growth
   * handles the rest. `segmented`: the file has a `segment` column; the column costs nothing otherwise.
   */
  constructor(
    private readonly source: string,
    private readonly lineKind: 'line' | 'row',
    capacity = 1024,
    segmented = false,
    hourly = false,
  ) {
    if (segmented) this.segment = new Int32Array(capacity);
    if (hourly) this.utcHour = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.area = new Int32Array(capacity);
    this.devices = new Float64Array(capacity);
    this.line = new Int32Array(capacity);
  }

  /** Add one row; `name` may be '' when the file has no `area_name`; `segment` only in a segmented builder. */
  push(day: number, areaCode: string, name: string, devices: number, line: number, segment?: string): void {
    if (this.segment !== undefined) {
      if (this.length === this.day.length) this.grow();
      this.segment[this.length] = this.segmentIndexOf(segment!);
    }
    this.pushRow(day, this.areaIndexOf(areaCode, name), devices, line);
  }

  /**
   * Add one hourly row for an area index (and a segment index from `segmentIndexOf`, in a
   * segmented builder): `utcHour` from `osloUtcHour` or `parseTime`; its Oslo day becomes `day`.
   * `local`: the file gave clock time, so the repeated 02:00 of the last Sunday of October is
   * ambiguous; the first row for an area (and segment) at that hour is taken as the first, summer-time
   * 02:00 and the next as the second, winter-time one (file order, as operators write the day).
   */
  pushHourRow(area: number, segment: number, devices: number, line: number, utcHour: number, local: boolean): void {
    utcHour = this.resolveRepeatedHour(area, segment, utcHour, local);
    if (this.length === this.day.length) this.grow();
    if (this.segment !== undefined) this.segment[this.length] = segment;
    this.utcHour![this.length] = utcHour;
    // The second 02:00 is the same clock hour as the first, so the day is the same either way.
    this.pushRow(Math.floor(osloLocalHour(utcHour) / 24), area, devices, line);
  }

  /**
   * The UTC hour an hourly row stands for, by the rule `pushHourRow` describes: `utcHour`, or the
   * hour after it for the second row (of an area and segment) given at the repeated local 02:00.
   * For readers that write the columns themselves (see `reserveRows`).
   */
  resolveRepeatedHour(area: number, segment: number, utcHour: number, local: boolean): number {
    if (local && isFirstOfRepeatedHour(utcHour)) {
      const key = `${area}:${segment}:${utcHour}`;
      if (this.repeatedHourSeen.has(key)) return utcHour + 1;
      this.repeatedHourSeen.add(key);
    }
    return utcHour;
  }

  /** The index of a segment, registering it on first sight. */
  segmentIndexOf(name: string): number {
    let index = this.segmentIndex.get(name);
    if (index === undefined) this.segmentIndex.set(name, (index = this.segmentIndex.size));
    return index;
  }

  /**
   * The index of an area, registering it on first sight; the first non-empty name given is kept.
   * Readers that recognise an area's bytes themselves call this once per area, not per row.
   */
  areaIndexOf(areaCode: string, name: string): number {
    let area = this.areaIndex.get(areaCode);
    if (area === undefined) {
      area = this.areaCodes.length;
      this.areaIndex.set(areaCode, area);
      this.areaCodes.push(areaCode);
      this.areaNames.push(name);
    } else {
      this.nameArea(area, name);
    }
    return area;
  }

  /** Give an area its name, unless it has one already: the first non-empty name is kept. */
  nameArea(area: number, name: string): void {
    if (this.areaNames[area] === '') this.areaNames[area] = name;
  }

  /** Whether an area still lacks a name, so a reader knows when a row's name is worth decoding. */
  lacksName(area: number): boolean {
    return this.areaNames[area] === '';
  }

  /** Add one row for an area index from `areaIndexOf`. */
  pushRow(day: number, area: number, devices: number, line: number): void {
    if (this.length === this.day.length) this.grow();
    const at = this.length++;
    this.day[at] = day;
    this.area[at] = area;
    this.devices[at] = devices;
    this.line[at] = line;
  }

  /**
   * The columns themselves, with room for at least `rows` more rows (grown if need be), for a
   * reader whose hot loop writes the cells itself rather than calling `pushRow` per row: write
   * rows from `length` on, then `setLength`. The arrays are valid until the builder next grows.
   *
   * @example
   * const columns = builder.reserveRows(1);
   * columns.day[columns.length] = 19782; // … and the other columns
   * builder.setLength(columns.length + 1);
   */
  reserveRows(rows: number): WritableColumns {
    while (this.day.length - this.length < rows) this.grow();
    return { length: this.length, day: this.day, area: this.area, devices: this.devices, line: this.line, utcHour: this.utcHour };
  }

  /** Count the rows a reader wrote itself after `reserveRows`: `length` is the new row count. */
  setLength(length: number): void {
    this.length = length;
  }

  /** Count a row that lenient reading skipped. */
  reject(): void {
    this.rejectedRows++;
  }

  /** The columns so far: views, not copies (copying 16 M rows costs more than the slack it saves). */
  finish(): CountColumns {
    const n = this.length;
    return {
      source: this.source,
      lineKind: this.lineKind,
      length: n,
      day: this.day.subarray(0, n),
      area: this.area.subarray(0, n),
      devices: this.devices.subarray(0, n),
      line: this.line.subarray(0, n),
      areaCodes: this.areaCodes,
      areaNames: this.areaNames,
      rejectedRows: this.rejectedRows,
      blankRows: countBlank(this.devices, n),
      segments: this.segment && { segment: this.segment.subarray(0, n), segmentNames: [...this.segmentIndex.keys()] },
      ...(this.utcHour && { utcHour: this.utcHour.subarray(0, n) }),
    };
  }

  private grow(): void {
    const capacity = Math.max(1024, this.day.length * 2);
    if (this.segment !== undefined) this.segment = copyInto(new Int32Array(capacity), this.segment);
    if (this.utcHour !== undefined) this.utcHour = copyInto(new Int32Array(capacity), this.utcHour);
    this.day = copyInto(new Int32Array(capacity), this.day);
    this.area = copyInto(new Int32Array(capacity), this.area);
    this.devices = copyInto(new Float64Array(capacity), this.devices);
    this.line = copyInto(new Int32Array(capacity), this.line);
  }
}

/** Columns without a row: what a holder keeps once it has handed its rows on (see `estimate`). */
export const NO_ROWS: CountColumns = new CountColumnsBuilder('', 'line', 0).finish();

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}

/**
 * The first and last day of the rows (0 and 0 for none). Integers from the start, not ±Infinity,
 * so that offsets computed from them stay integer arithmetic in the grids' hot loops.
 *
 * @example
 * daySpan({ length: 3, day: Int32Array.of(19815, 19813, 19814) }); // { firstDay: 19813, lastDay: 19815 }
 */
export function daySpan({ length, day }: Pick<CountColumns, 'length' | 'day'>): { firstDay: number; lastDay: number } {
  let firstDay = length > 0 ? day[0]! : 0;
  let lastDay = firstDay;
  for (let i = 1; i < length; i++) {
    if (day[i]! < firstDay) firstDay = day[i]!;
    if (day[i]! > lastDay) lastDay = day[i]!;
  }
  return { firstDay, lastDay };
}

/**
 * Refuse counts without a row: there is nothing to estimate, and no span of days to lay a grid on.
 *
 * @example
 * refuseNoRows(counts); // throws E_NO_ROWS when counts.length is 0
 */
export function refuseNoRows(counts: Pick<CountColumns, 'length' | 'source'>): void {
  if (counts.length === 0) throw new InputError('E_NO_ROWS', 'there are no rows to estimate from', { file: counts.source });
}

/**
 * The cells among the first `length` that hold no count (NaN: blank, null or suppressed).
 *
 * @example
 * countBlank(new Float64Array([1, NaN, 3]), 3); // 1
 */
export function countBlank(devices: Float64Array, length: number): number {
  let blank = 0;
  for (let i = 0; i < length; i++) if (devices[i] !== devices[i]) blank++;
  return blank;
}
