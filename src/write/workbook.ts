import { PassThrough } from 'node:stream';
import type { Worksheet } from 'exceljs';
import { compareCodes, REGION_CODE } from '../grid/count-grid.js';
import { MS_PER_DAY } from '../clock/day-number.js';
import type { Deduction } from '../model/model.js';
import type { Estimate } from '../pipeline/estimate.js';
import { nb } from '../report/labels/nb.js';
import type { Comparison } from '../ssb/compare-with-ssb.js';
import { seedLineLabel, seedLines } from '../summary/seed-lines.js';
import type { DisclosureSummary, Figures, GroupFigures } from '../summary/summary.js';
import { hasWithheld, isWithheld } from '../disclosure/withheld-days.js';
import { dailyCountsBound } from '../summary/daily-counts-bound.js';
import { DEFAULT_THRESHOLD, PUBLISHED, WITHHELD_MARK } from '../disclosure/suppression-status.js';
import { formatPercent } from './table/format-percent.js';
import { upliftPercent } from '../model/model.js';

/** What `formatWorkbook` adds to the estimate. */
export interface WorkbookOptions {
  /** The SSB comparison (`compareWithSsb`): two more sheets, its months and its years. */
  comparison?: Comparison;
}

/**
 * Number formats, in the workbook's own notation (`,` groups thousands and `.` marks decimals
 * whatever the reader's language): Norwegian Excel and LibreOffice show `#,##0.0` as 1 234,5.
 * Values are stored at full precision; the format rounds only what is shown.
 */
const FORMAT = { whole: '#,##0', oneDecimal: '#,##0.0', ratio: '0.00', percent: '0.0%', day: 'dd.mm.yyyy', month: 'mmm yyyy', year: '0' } as const;

/** A cell's value: text stays text (codes keep their leading zeros), null leaves the cell empty. */
type Cell = string | number | Date | null;

/**
 * The estimate as an Excel workbook (`.xlsx`) for the analyst, in bokmål: the plan's table
 * (seed 001, lines 168–184) for the region and each municipality, guest-nights by year and by
 * month (municipalities side by side), seasons and day types, persons and guest-nights per day
 * (when the estimate has its daily columns: `estimate(…, { daily: true })`), the assumptions (the
 * model), and with a comparison SSB's figures beside teleguest's by month and by year. Dates are
 * real dates, figures real numbers in Norwegian formats, codes text (0301 keeps its zero); each
 * sheet's header is frozen and its columns sized. Written by ExcelJS's streaming writer, which
 * holds no more than a row's cells at a time (a national daily sheet is 3 653 rows × 358 columns).
 * ExcelJS is imported only here.
 *
 * @example
 * const result = await estimate(counts, model, { daily: true });
 * const bytes = await formatWorkbook(result, { comparison }); // comparison optional
 * await writeFilesAtomically([{ target: 'hallingdal.xlsx', content: () => [bytes] }]);
 */
export async function formatWorkbook(result: Estimate, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  book.creator = 'teleguest';
  const { summary } = result;
  const codes = Object.keys(summary.areas).sort(compareCodes);
  // The region first, as in the plan's table, then the municipalities by code.
  const series: Array<{ code: string; name: string; figures: Figures }> = [
    { code: REGION_CODE, name: summary.model.name, figures: summary.region },
    ...codes.map((code) => ({ code, name: summary.areas[code]!.name, figures: summary.areas[code]! })),
  ];

  // 1. The plan's table: one column per series, its lines as the seed prints them.
  // The uplift as the Norwegian label says it: 6 %, or 6,5 % with a decimal comma.
  const percent = upliftPercent(summary.model.uplift, (share) => formatPercent(share).replace('.', ','));
  const withheld = hasWithheld(summary);
  const lineLabels = seedLines(summary.region, { withheld }).map((line) => seedLineLabel(line, nb.seed, percent));
  wideSheet(
    book,
    'Tabell',
    'Linje',
    series,
    lineLabels.map((label, index) => [label, series.map(({ figures }) => shown(seedLines(figures, { withheld })[index]!.value, figures))]),
    FORMAT.whole,
    44,
  );

  // 2. Years and 3. months: guest-nights, summed over the observed days.
  const years = summary.region.years.map(({ year }) => year);
  wideSheet(
    book,
    'År',
    'År',
    series,
    years.map((year) => [
      year,
      series.map(({ figures }) =>
        entryFigure(
          figures.years.find((entry) => entry.year === year),
          'guestNights',
        ),
      ),
    ]),
    FORMAT.whole,
    8,
    FORMAT.year,
  );
  const months = summary.region.months.map(({ month }) => month);
  wideSheet(
    book,
    'Måneder',
    'Måned',
    series,
    months.map((month) => [
      monthDate(month),
      series.map(({ figures }) =>
        entryFigure(
          figures.months.find((entry) => entry.month === month),
          'guestNights',
        ),
      ),
    ]),
    FORMAT.whole,
    11,
    FORMAT.month,
  );

  // 4. Seasons and day types, one row per series and group; where disclosure control withheld some, the days withheld.
  const groups = book.addWorksheet('Sesonger og dagtyper', { views: [{ state: 'frozen', ySplit: 1 }] });
  setColumns(groups, [
    [7, null],
    [24, null],
    [10, null],
    [14, null],
    [8, FORMAT.whole],
    [14, FORMAT.whole],
    [16, FORMAT.whole],
    [16, FORMAT.whole],
    ...(withheld ? [[14, FORMAT.whole] as [number, string]] : []),
  ]);
  addRow(groups, [
    'Kode',
    'Navn',
    'Gruppe',
    'Sesong/dagtype',
    'Dager',
    'Personer per dag',
    'Gjestedøgn per dag',
    'Gjestedøgn',
    ...(withheld ? [nb.daysWithheld] : []),
  ]);
  for (const { code, name, figures } of series) {
    const rows = (kind: string, list: GroupFigures[], label: (name: string) => string) =>
      list.map((group) =>
        addRow(groups, [
          code,
          name,
          kind,
          label(group.name),
          group.days,
          entryFigure(group, 'personsPerDay'),
          entryFigure(group, 'guestNightsPerDay'),
          entryFigure(group, 'guestNights'),
          ...(withheld ? [group.withheldDays ?? null] : []),
        ]),
      );
    rows('sesong', figures.seasons, nb.seasonName);
    rows('dagtype', figures.dayTypes, (type) => nb.dayTypeName[type as keyof typeof nb.dayTypeName] ?? type);
  }
  groups.commit();

  // 5. Each day, when the estimate has its daily columns: persons and guest-nights per series, withheld days marked.
  if (result.daily !== undefined) {
    const { grid } = result;
    const status = result.disclosure?.status;
    const gridRow = (code: string) => (code === REGION_CODE ? grid.areaCodes.length : grid.areaCodes.indexOf(code));
    for (const [title, values] of [
      ['Gjestedøgn per dag', result.daily.guestNights],
      ['Personer per dag', result.daily.persons],
    ] as const) {
      const rows = Array.from({ length: grid.dayCount }, (_, day): [Cell, Cell[]] => [
        new Date((grid.firstDay + day) * MS_PER_DAY),
        series.map(({ code }) => {
          const at = gridRow(code) * grid.dayCount + day;
          return Number.isNaN(values[at]!) && status !== undefined && status[at] !== PUBLISHED ? WITHHELD_MARK : numberOrNull(values[at]!);
        }),
      ]);
      wideSheet(book, title, 'Dato', series, rows, FORMAT.whole, 11, FORMAT.day);
    }
  }

  // 6. The assumptions: the model as used, the period, and what was read.
  const assumptions = book.addWorksheet('Forutsetninger', { views: [{ state: 'frozen', ySplit: 1 }] });
  setColumns(assumptions, [
    [36, null],
    [16, null],
    [60, null],
  ]);
  addRow(assumptions, ['Forutsetning', 'Verdi', 'Merknad']);
  for (const [label, value, note, format] of assumptionRows(result)) addRow(assumptions, [label, value, note], [null, format ?? null, null]);
  assumptions.commit();

  // 7. The SSB comparison, when given.
  if (options.comparison !== undefined) addComparisonSheets(book, options.comparison);

  await book.commit();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

type Book = InstanceType<typeof import('exceljs').stream.xlsx.WorkbookWriter>;

/**
 * A sheet with one column per series: a row of codes (text) and a row of names, frozen with the
 * first column, then one row per entry: its label (text, a year or a date) and one figure per series.
 */
function wideSheet(
  book: Book,
  sheetName: string,
  title: string,
  series: Array<{ code: string; name: string }>,
  rows: Array<[Cell, Cell[]]>,
  format: string,
  firstWidth: number,
  firstFormat: string | null = null,
): void {
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  setColumns(sheet, [[firstWidth, firstFormat], ...series.map(({ name }): [number, string] => [Math.max(10, Math.min(24, name.length + 2)), format])]);
  addRow(sheet, [title, ...series.map(({ code }) => code)]);
  addRow(sheet, [null, ...series.map(({ name }) => name)]);
  for (const [label, values] of rows) addRow(sheet, [label, ...values]);
  sheet.commit();
}

/** Column widths (in characters) and number formats, for every row of the sheet. */
function setColumns(sheet: Worksheet, columns: Array<[number, string | null]>): void {
  sheet.columns = columns.map(([width, numFmt]) => ({ width, ...(numFmt === null ? {} : { style: { numFmt } }) }));
}

/** Add and commit a row (the streaming writer flushes it); a cell's own format overrides its column's. */
function addRow(sheet: Worksheet, cells: Cell[], formats: Array<string | null> = []): void {
  const row = sheet.addRow(cells.map((cell) => cell ?? null));
  formats.forEach((numFmt, index) => {
    if (numFmt !== null) row.getCell(index + 1).numFmt = numFmt;
  });
  row.commit();
}

/** The first day of a `YYYY-MM` month, as a date at UTC midnight (Excel's dates have no zone). */
function monthDate(month: string): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

function numberOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

/** A figure of a series, or `WITHHELD_MARK` where it is null because its days are withheld. */
function shown(value: number | null, figures: { days: number; withheldDays?: number }): Cell {
  return value === null && isWithheld(figures) ? WITHHELD_MARK : value;
}

/** One figure of a year, month, season or day type (null where the entry is absent), marked where withheld. */
function entryFigure<T extends { days: number; withheldDays?: number }>(entry: T | undefined, field: keyof T): Cell {
  return entry === undefined ? null : shown(entry[field] as number | null, entry);
}

/** The model and the run, as rows of label, value, note and (for numbers) format. */
function assumptionRows({ summary, notes }: Estimate): Array<[string, Cell, string, string?]> {
  const { model, input } = summary;
  const bound = dailyCountsBound(summary);
  const rows: Array<[string, Cell, string, string?]> = [
    ...(bound === undefined ? [] : [['Advarsel', nb.dailyCountsWarning(bound), ''] as [string, Cell, string]]),
    ['Modell', model.name, ''],
    ['Fra', new Date(Date.parse(`${summary.from}T00:00Z`)), 'første dag i tellingene', FORMAT.day],
    ['Til', new Date(Date.parse(`${summary.to}T00:00Z`)), 'siste dag i tellingene', FORMAT.day],
    ['Dager', summary.days, 'kalenderdager fra første til siste', FORMAT.whole],
    ['Ufullstendige dager', summary.incompleteDays, 'dager der minst én kommune mangler; regionen hopper over dem', FORMAT.whole],
  ];
  if (typeof model.uplift === 'number')
    rows.push(['Oppjustering', model.uplift, 'personer per mobilenhet = 1 + oppjustering (uten mobil, avvik for SIM-kort)', FORMAT.percent]);
  else {
    rows.push(['Oppjustering', model.uplift.default, 'for segmenter uten egen verdi', FORMAT.percent]);
    for (const [segment, share] of Object.entries(model.uplift.bySegment))
      rows.push([`Oppjustering, ${segment}`, share, 'segmentets egen verdi', FORMAT.percent]);
  }
  for (const [name, deduction] of Object.entries(model.deductions)) rows.push(...deductionRows(nb.seed.deduction(name), deduction));
  rows.push(...disclosureRows(summary.disclosure));
  rows.push(
    ['Fylling av manglende dager', model.fill ?? 'none', 'none: manglende dager står tomme'],
    ['Rader lest', input.rows, '', FORMAT.whole],
    ['Rader avvist', input.rejectedRows, 'med --rejects', FORMAT.whole],
    ['Rader uten tall', input.blankRows, 'tom celle eller prikket (<5, ..): manglende, ikke null', FORMAT.whole],
    ['Dupliserte rader', input.duplicateRows, `behandlet som ${input.onDuplicate}`, FORMAT.whole],
  );
  for (const note of notes) rows.push(['Merknad', note, '']);
  return rows;
}

/** What disclosure control did: the threshold and the days withheld, or that it is off. */
function disclosureRows(disclosure: DisclosureSummary | undefined): Array<[string, Cell, string, string?]> {
  if (disclosure === undefined)
    return [['Personvern (minste telling)', 0, `av: tellinger under ${DEFAULT_THRESHOLD} enheter er med som de er; ikke for publisering`, FORMAT.whole]];
  const { minCount, primary, secondary } = disclosure;
  return [
    ['Personvern (minste telling)', minCount, nb.disclosureNote(String(minCount), String(primary), String(secondary), WITHHELD_MARK), FORMAT.whole],
    ['Dager skjermet i områdene (primær)', primary, `telling under ${minCount} enheter (dagens, et segments eller en times)`, FORMAT.whole],
    ['Dager skjermet i regionen (sekundær)', secondary, 'regionen minus de andre områdene ville gitt en skjermet telling tilbake', FORMAT.whole],
  ];
}

/** One deduction's rows: its value, or one row per area, or where its values come from. */
function deductionRows(label: string, deduction: Deduction): Array<[string, Cell, string, string?]> {
  if (typeof deduction === 'number') return [[label, deduction, 'personer per dag, hele regionen', FORMAT.whole]];
  const profile =
    'weekday' in deduction || 'month' in deduction || 'periods' in deduction ? '; varierer med ukedag, måned eller perioder (se modellfilen)' : '';
  if ('value' in deduction) return [[label, deduction.value, `personer per dag, hele regionen${profile}`, FORMAT.whole]];
  if ('byArea' in deduction)
    return Object.entries(deduction.byArea)
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([code, value]) => [`${label}, ${code}`, value, `personer per dag i kommunen${profile}`, FORMAT.whole]);
  if ('population' in deduction) return [[label, deduction.population, `folketall fra SSB (tabell 07459)${profile}`]];
  if ('file' in deduction) return [[label, deduction.file, 'én verdi per dag fra fil']];
  return [[label, deduction.segment, 'segmentet i tellingene (til stede hjemme)']];
}

/** SSB's guest-nights beside teleguest's: the months, then the years, one row per unit. */
function addComparisonSheets(book: Book, comparison: Comparison): void {
  const months = book.addWorksheet('SSB måneder', { views: [{ state: 'frozen', ySplit: 1 }] });
  setColumns(months, [
    [8, null],
    [11, FORMAT.month],
    [16, FORMAT.whole],
    [10, FORMAT.whole],
    [10, FORMAT.whole],
    [16, FORMAT.whole],
    [10, FORMAT.ratio],
    [16, FORMAT.whole],
    [30, null],
  ]);
  addRow(months, ['Enhet', 'Måned', 'Gjestedøgn (tele)', 'Dager observert', 'Dager i måneden', 'Gjestedøgn (SSB)', 'Forhold', 'Differanse', 'Mangler']);
  for (const row of comparison.months)
    addRow(months, [
      row.unit,
      monthDate(row.month),
      row.telecomGuestNights,
      row.telecomDays,
      row.daysInMonth,
      row.ssbGuestNights,
      row.ratio,
      row.gap,
      row.missing,
    ]);
  months.commit();
  const years = book.addWorksheet('SSB år', { views: [{ state: 'frozen', ySplit: 1 }] });
  setColumns(years, [
    [8, null],
    [24, null],
    [6, FORMAT.year],
    [8, FORMAT.whole],
    [16, FORMAT.whole],
    [16, FORMAT.whole],
    [10, FORMAT.ratio],
    [16, FORMAT.whole],
    [12, FORMAT.whole],
    [20, FORMAT.oneDecimal],
    [10, FORMAT.ratio],
    [10, FORMAT.ratio],
  ]);
  addRow(years, [
    'Enhet',
    'Navn',
    'År',
    'Måneder',
    'Gjestedøgn (tele)',
    'Gjestedøgn (SSB)',
    'Forhold',
    'Differanse',
    'Fritidsboliger',
    'Differanse per fritidsbolig',
    'Pearson',
    'Spearman',
  ]);
  for (const unit of comparison.units) {
    for (const year of unit.years)
      addRow(years, [
        unit.code,
        unit.name,
        year.year,
        year.months,
        year.telecomGuestNights,
        year.ssbGuestNights,
        year.ratio,
        year.gap,
        year.holidayHomes,
        year.gapPerHolidayHome,
        unit.pearson,
        unit.spearman,
      ]);
  }
  years.commit();
}
