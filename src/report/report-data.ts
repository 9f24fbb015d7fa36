import type { Comparison } from '../ssb/compare-with-ssb.js';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';
import type { RejectedRow } from '../read/rejected-row.js';
import type { PeakSummary } from '../peak/peak.js';

/**
 * What a report is made from. The estimate (with its daily columns) and the peak presence are
 * always there; every other field is optional, and the sections that need one appear only when
 * it is given. A new kind of result (a comparison, intervals) is a new optional field here and a
 * new section that reads it.
 */
export interface ReportData {
  estimate: Estimate & { daily: DailyColumns };
  /** From `peakPresence(estimate)`: the peak day the daily chart marks, percentiles, monthly maxima. */
  peak: PeakSummary;
  /** Rows lenient reading skipped, and the file that lists them. */
  rejected?: { file: string; rows: readonly RejectedRow[] };
  /** From `compareWithSsb(estimate.summary, …)`: telecom against SSB's commercial guest-nights (`--ssb`). */
  comparison?: Comparison;
  /** The input files, named under data coverage. */
  sources?: { counts: string; model: string };
}
