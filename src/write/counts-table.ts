import { DateDay, Dictionary, Int32, Table, TimestampMillisecond, Utf8, makeData, makeVector, vectorFromArray, type Vector } from 'apache-arrow';
import type { CountColumns } from '../read/count-columns.js';
import { float64Column } from '../read/float64-column.js';

/**
 * Device counts as an Arrow table, the form `teleguest convert` caches them in: `date` as
 * DateDay (day numbers), `area` and `area_name` dictionary-encoded over the same indices, and
 * `devices` as Float64 with null for a missing observation, and `segment` (dictionary-encoded)
 * when the counts have one; hourly counts have `time` (a UTC millisecond timestamp) instead of `date`. The typed columns are wrapped,
 * not copied, and `readCounts` reads them back without parsing.
 *
 * @example
 * tableToIPC(countsTable((await readCounts('counts.csv')).counts), 'file');
 */
export function countsTable(counts: CountColumns): Table {
  // Each column gets its own Dictionary type (the IPC writer gives each its own id) and its own
  // index buffer: apache-arrow 21 writes a broken file when two columns share one.
  const encoded = (values: string[], indices: Int32Array) =>
    makeVector(
      makeData({ type: new Dictionary(new Utf8(), new Int32()), length: counts.length, data: indices, dictionary: vectorFromArray(values, new Utf8()) }),
    );
  // Hourly counts keep their instants (a local date and hour would lose which 02:00 of October a row is).
  const when: Record<string, Vector> =
    counts.utcHour === undefined
      ? { date: makeVector(makeData({ type: new DateDay(), length: counts.length, data: counts.day })) }
      : {
          time: makeVector(
            makeData({
              type: new TimestampMillisecond('UTC'),
              length: counts.length,
              data: BigInt64Array.from(counts.utcHour, (hour) => BigInt(hour) * 3_600_000n),
            }),
          ),
        };
  const columns: Record<string, Vector> = {
    ...when,
    area: encoded(counts.areaCodes, counts.area),
    area_name: encoded(counts.areaNames, counts.area.slice()),
    devices: float64Column(counts.devices),
    ...(counts.segments && { segment: encoded(counts.segments.segmentNames, counts.segments.segment) }),
  };
  return new Table(columns);
}
