import type { DeductionSource } from '../labels/labels.js';
import { upliftPercent, type DayProfile } from '../../model/model.js';
import { compareCodes } from '../../grid/count-grid.js';
import { escapeHtml } from '../escape-html.js';
import { formatRangeValue } from '../format-range-value.js';
import type { ReportSection } from '../report-section.js';

/**
 * The model in plain words: one device is one person, the uplift, every deduction with its
 * value (per area where the model gives it so), the rules of the arithmetic (the region's
 * complete days, means over observed days, × 365, nothing clamped at zero), and the ranges the
 * model gives its values, if any.
 *
 * @example
 * assumptionsSection(data, context); // { id: 'assumptions', title: 'Assumptions', html: '<ul>…</ul>' }
 */
export const assumptionsSection: ReportSection = ({ estimate: { summary } }, { labels, format }) => {
  const { model } = summary;
  // On hourly counts the night-presence method leaves some deductions out: the hourly section names them.
  const notApplied = new Set(summary.hourly?.deductionsNotApplied ?? []);
  const deductions = Object.entries(model.deductions)
    .filter(([name]) => !notApplied.has(name))
    .map(([name, deduction]) => {
      if (typeof deduction === 'number') return `${labels.seed.deductionName(name)}: ${format.whole(deduction)}`;
      if ('value' in deduction && !hasProfile(deduction)) return `${labels.seed.deductionName(name)}: ${format.whole(deduction.value)}`;
      if ('byArea' in deduction && !hasProfile(deduction)) {
        const codes = Object.keys(deduction.byArea).sort(compareCodes);
        const total = codes.reduce((sum, code) => sum + deduction.byArea[code]!, 0);
        const list = codes.map((code) => `${code} ${format.whole(deduction.byArea[code]!)}`).join(', ');
        return `${labels.seed.deductionName(name)}: ${labels.deductionByArea(format.whole(total), list)}`;
      }
      const [source, detail]: [DeductionSource, string] =
        'population' in deduction
          ? ['population', deduction.population]
          : 'file' in deduction
            ? ['file', deduction.file]
            : 'segment' in deduction
              ? ['segment', deduction.segment]
              : ['profile', ''];
      return `${labels.seed.deductionName(name)}: ${labels.deductionVaries(format.whole(summary.region.deductionsPerDay[name] ?? NaN), source, detail)}`;
    });
  const item = (text: string) => `<li>${escapeHtml(text)}</li>`;
  const deductionList = deductions.length === 0 ? '' : `<ul>${deductions.map(item).join('')}</ul>`;
  const number = (value: number) => formatRangeValue(value, format);
  const ranges = (model.ranges ?? [])
    .filter((range) => range.site.kind === 'uplift' || !notApplied.has(range.site.deduction))
    .map(
      (range) =>
        `${range.name}: ${
          range.dist === 'normal'
            ? labels.rangeNormal(number(range.value), number(range.sd!))
            : range.dist === 'uniform'
              ? labels.rangeUniform(number(range.min!), number(range.max!))
              : labels.rangeTriangular(number(range.min!), number(range.max!), number(range.value))
        }`,
    );
  const rangeList = ranges.length === 0 ? '' : `<li>${escapeHtml(labels.rangesIntro)}<ul>${ranges.map(item).join('')}</ul></li>`;
  return {
    id: 'assumptions',
    title: labels.assumptionsTitle,
    html: [
      '<ul>',
      item(labels.assumeDevices),
      item(labels.assumeUplift(upliftPercent(model.uplift, format.percent))),
      `<li>${escapeHtml(labels.assumeDeductions)}${deductionList}</li>`,
      item(labels.assumeGuestNights),
      item(labels.assumeRegion),
      item(labels.assumeMeans),
      item(labels.assumeNegative),
      rangeList,
      '</ul>',
    ].join('\n'),
  };
};

/** Whether a deduction varies by weekday, month or period. */
function hasProfile(deduction: DayProfile): boolean {
  return deduction.weekday !== undefined || deduction.month !== undefined || deduction.periods !== undefined;
}
