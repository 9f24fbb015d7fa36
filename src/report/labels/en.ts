import type { Labels } from './labels.js';
import { dailyCountsWarning } from '../../summary/daily-counts-bound.js';

const DEDUCTION_NAMES: Record<string, string> = {
  residents: 'residents',
  externalWorkers: 'external workers',
  throughTraffic: 'through-traffic',
  dayTrippers: 'day-trippers',
};

/**
 * English labels; the plan's lines are the ones `teleguest estimate` prints.
 *
 * @example
 * en.seed.uplift('6'); // 'Plus 6 % (no mobile phone, SIM-card deviations)'
 */
export const en: Labels = {
  language: 'en',
  locale: 'en-GB',
  notApplicable: 'n/a',
  seed: {
    devicesPerDay: 'Average devices per day (telecom)',
    uplift: (percent) => `Plus ${percent} % (no mobile phone, SIM-card deviations)`,
    personsPerDay: '= Persons present, average per day',
    deduction: (name) => `Minus ${DEDUCTION_NAMES[name] ?? name}`,
    deductionName: (name) => DEDUCTION_NAMES[name] ?? name,
    guestNightsPerDay: 'Guest-nights, average per day',
    guestNightsPerYear: 'Guest-nights per year (rounded daily × 365)',
    daysObserved: 'Days observed',
    filledDays: 'Days filled in by the model (not observed)',
    daysObservedOrFilled: 'Days observed or filled in',
    negativeDays: 'Days with negative guest-nights',
    withheldDays: 'Days withheld (disclosure control)',
  },
  title: (model) => `${model}: guest-nights from mobile-device counts`,
  period: (from, to, days) => `${from} to ${to}, ${days} days`,
  contents: 'Contents',
  footer: 'Made with teleguest. Figures are rounded for reading; summary.json (teleguest estimate --out) has full precision.',

  seedTitle: 'The estimate',
  seedIntro:
    'Averages per day, worked out as in the Hallingdal strategic plan: the mobile devices counted, plus a share for people the count misses, minus the people who are not guests. What remains is guest-nights.',
  region: 'Region',
  area: 'Area',
  areasTitle: 'By area',
  regionWideDeductions: 'Deductions given for the region as a whole are not split among the areas, so the areas have no guest-nights of their own.',
  roundingRule:
    "Figures are rounded to whole persons; per year = rounded guest-nights per day × 365, as in the plan (summary.json's guestNightsPerYear is the unrounded figure per day × 365).",
  yearsTitle: 'The region by calendar year',
  year: 'Year',
  daysOfYear: (days, daysInYear) => `${days} of ${daysInYear}`,
  guestNights: 'Guest-nights',
  extrapolated: 'Extrapolated to the full year',

  dailyTitle: 'Day by day',
  dailyIntro:
    'Persons present (devices × (1 + uplift): residents, guests and through-traffic alike) and guest-nights in the region, complete days only; a gap in the lines is a day on which an area has no count.',
  date: 'Date',
  persons: 'Persons',
  personsPresent: 'Persons present',
  dailyCaption: 'Persons present and guest-nights per day in the region, with the peak day marked',
  peakMark: (date, persons) => `Peak ${date}: ${persons}`,
  peakSentence: (date, persons, median, p95) =>
    `The busiest day was ${date}, with ${persons} persons present. On half of the days there were more than ${median}; on one day in twenty, more than ${p95}.`,

  monthsTitle: 'Month by month',
  monthsIntro: 'Persons present, average per day in each month, for each area. Every area has its own scale, so that its season shows.',
  monthsRegionTitle: 'The region by month',
  month: 'Month',
  completeDays: 'Complete days',
  personsPerDay: 'Persons present, average per day',
  monthsCaption: 'Persons present, average per day, by month and area',
  busiestDay: 'Most persons on one day',

  rankedTitle: 'Areas ranked',
  rankedIntro: (shown, total) =>
    `The ${shown} areas with the most guest-nights per year (persons present per day where areas have no guest-nights), of ${total}. Every area is in the table under The estimate.`,
  rankedCaption: 'Areas ranked by guest-nights per year',
  heatmapTitle: 'Areas through the year',
  heatmapIntro:
    'Persons present per day in each calendar month, averaged over the years, as a share of the area’s busiest month: the darker, the busier. Areas in the order of the ranking.',
  heatmapCaption: 'Persons present per day by area and calendar month, as a share of the area’s busiest month',
  shareOfBusiestMonth: 'Share of the busiest month',
  sortHint: 'Click a column heading to sort the table.',

  seasonsTitle: 'Seasons and day types',
  seasonsIntro: 'The region by season and by day type: observed days, persons present on an average day and on the busiest one, and guest-nights per day.',
  seasonName: (name) => ({ low: 'Low season', high: 'High season' })[name] ?? name,
  dayTypeName: { holiday: 'Public holidays', weekend: 'Weekends', winterBreak: 'School winter break', weekday: 'Other weekdays' },
  seasonOrDayType: 'Season or day type',
  peakPersons: 'Persons, busiest day',
  seasonsCaption:
    "Seasons from the model's calendar (default: Hemsedal's low season 15 April–15 June and 15 October–15 December). A day is one type: holiday before weekend before winter break.",

  ssbTitle: 'Compared with SSB',
  ssbIntro: (table, file) =>
    `Guest-nights from the counts beside Statistics Norway's (SSB) commercial guest-nights, month by month (${table}, from ${file}). A month is compared only when both sides have a figure for it.`,
  ssbUnit: (unit, areas) => `${unit} (areas ${areas})`,
  telecom: 'Telecom',
  ssb: 'SSB',
  ratio: 'Telecom ÷ SSB',
  gap: 'Gap (telecom − SSB)',
  ssbCaption: 'Guest-nights per month, telecom and SSB, with telecom ÷ SSB above each month',
  ssbMonthsCaption: 'By month',
  ssbMissing: 'n/a: no figure on that side (the counts miss a day of the month, or SSB has none: suppressed or not yet published).',
  ssbCorrelation: (pearson, spearman, months) =>
    `Over the ${months} months compared, the two monthly series correlate with Pearson's r = ${pearson} and Spearman's ρ = ${spearman} (1 would be the same pattern).`,
  ssbWinterShares: (telecom, ssb) => `Winter (December to April) holds ${telecom} % of the telecom guest-nights and ${ssb} % of SSB's.`,
  ssbNoPairs: 'No month has a figure on both sides, so there is nothing to compare.',
  ssbYearsCaption: 'By calendar year, over the months compared',
  monthsCompared: 'Months compared',
  holidayHomes: 'Holiday homes',
  gapPerHolidayHome: 'Gap per holiday home',
  ssbSurvey: (nights) =>
    `The national cabin survey finds about ${nights} guest-nights per holiday home a year (TØI report 1155/2011). The gap per holiday home is given for whole years only, and it is an upper bound: the gap holds every night SSB does not count, not cabin nights alone.`,
  ssbWhyTitle: 'Why the two differ',
  ssbWhy:
    "SSB counts only the nights that commercial accommodation reports: hotels, campsites, cabin villages and hostels above a minimum size. Nights in one's own or a borrowed cabin, with friends and family, in private rentals and in small establishments are invisible to SSB. The counts see everyone present, so the telecom figure is the larger, most of all in a region of holiday homes.",
  ssbWhyGap:
    'The gap is all those nights together, and it carries every error of the model: a deduction 1,000 persons a day too small adds 365,000 nights a year.',
  ssbWhyCorrelation: 'A high correlation mostly says that both sides share the seasons: it checks the timing, not the level.',

  hourlyTitle: 'From hourly counts',
  hourlyMethod: (method, from, to) =>
    method === 'visitor-night-presence'
      ? `Guest-nights are the devices the operator counts as visitors (their home is elsewhere) present at night (the mean of the hours from ${from} to ${to}, local time), times persons per device: residents at home are left out by the split itself, nothing is deducted.`
      : method === 'night-presence'
        ? `Guest-nights are the persons present at night (the mean of the hours from ${from} to ${to}, local time) minus the residents present: who stays the night is measured, not assumed.`
        : method === 'night-presence-baseline'
          ? `Guest-nights are the persons present at night (the mean of the hours from ${from} to ${to}, local time) minus the residents' baseline: a share of the persons present on the weeknights of the quietest month, the residents as the counts measure them.`
          : `Guest-nights are made as in the plan from each day's busiest hour (the night window, ${from} to ${to}, is shown for comparison).`,
  hourlyNotApplied: (names) => `Not deducted, since the night already leaves them out: ${names}.`,
  busiestHour: 'Busiest hour',
  personsAtBusiestHour: "Persons at the day's busiest hour, per day",
  personsAtNight: 'Persons at night, per day',
  dayVisitors: 'Day visitors, per day',
  hourlyNote:
    "Day visitors are the persons at the day's busiest hour minus those present at night: people who come and leave the same day. They are not guest-nights. The busiest hour is in local time with its offset from UTC, so the repeated hour of the last Sunday of October is told apart.",

  intervalNote: (draws, ranges, seed, low, high) =>
    `${low} and ${high}: the interval of each line over ${draws} draws of the model's ${ranges} ranges (seed ${seed}), each draw one value per range for every day and area. The middle column is the model at its values.`,
  sensitivityTitle: 'Which assumption matters most',
  sensitivityIntro: (point) =>
    `Each range at its low and at its high, the others at their values: the region's guest-nights per year (${point} at the values), the largest swing first.`,
  sensitivityCaption: "The region's guest-nights per year with one range at its low (light) and its high (dark)",
  assumption: 'Assumption',
  low: 'Low',
  high: 'High',
  atLow: 'Guest-nights at low',
  atHigh: 'Guest-nights at high',
  swing: 'Swing',
  varianceShare: 'Share of variance',
  varianceShareNote:
    'Share of variance: how much of the spread of guest-nights per year over the draws goes with this range (its squared correlation with the result); with many draws the shares add up to about 100 % when the ranges act independently, and to less where they multiply.',

  assumptionsTitle: 'Assumptions',
  assumeDevices: 'Each mobile device counted in an area on a day is one person there.',
  assumeUplift: (percent) => `${percent} % is added for people without a mobile phone and for SIM-card deviations.`,
  assumeDeductions: 'Taken away every day, in persons, because they are not guests:',
  deductionByArea: (total, list) => `${total} in all, given per area: ${list}`,
  deductionVaries: (mean, source, detail) =>
    `${mean} a day on average, ${{ profile: 'varying by weekday, month or period', population: `residents from SSB's population table ${detail}`, file: `a value per day from ${detail}`, segment: `the "${detail}" devices counted each day (residents actually present)` }[source]}`,
  assumeGuestNights: 'What remains is guest-nights: one guest present for one day and night.',
  assumeRegion: 'The region is the sum of its areas, counted only on days when every area has a count.',
  assumeMeans:
    'Averages are over the days observed. A year is the rounded average per day × 365, as in the plan; the table by calendar year also gives the sum over the days observed.',
  assumeNegative: 'Nothing is cut off at zero: a day with fewer persons present than the deductions gives negative guest-nights, and such days are counted.',
  rangesIntro: 'Uncertain, and drawn as ranges when the report has draws (one value per range for every day and area in each draw):',
  rangeTriangular: (min, max, value) => `from ${min} to ${max}, most likely ${value} (triangular)`,
  rangeUniform: (min, max) => `anywhere from ${min} to ${max} (uniform)`,
  rangeNormal: (value, sd) => `${value}, give or take ${sd} (normal, standard deviation; never below 0)`,

  coverageTitle: 'Data coverage and gaps',
  coverageSpan: (from, to, days, complete, incomplete) =>
    `${from} to ${to}: ${days} days, ${complete} of them complete (every area counted) and ${incomplete} incomplete, left out of the region.`,
  incompleteDays: 'Incomplete days',
  rowsRead: (rows) => `Rows read: ${rows}.`,
  rowsRejected: (rows, file) => `Rows rejected for a bad cell and skipped: ${rows}, listed in ${file}.`,
  rowsBlank: (rows) => `Rows without a count (a blank cell or a suppression marker such as <5): ${rows}, missing observations, not zeros.`,
  rowsDuplicated: (rows, summed) => `Rows repeating an area and date: ${rows}, ${summed ? 'added together' : 'the later one kept'}.`,
  sources: (counts, model) => `Counts: ${counts}. Model: ${model}.`,
  daysCounted: 'Days counted',
  daysMissing: 'Days without a count',
  daysWithheld: 'Days withheld',
  disclosureNote: (minCount, primary, secondary, mark) =>
    `Disclosure control: every count below ${minCount} devices is withheld (${primary} area-days), and so is each day of the region that holds one (${secondary}), since the region less the other areas would give it back. Sums and means cover the days left; "${mark}" marks a figure with no day left, withheld rather than missing.`,
  dailyCountsWarning: (areaCount) => `Warning: ${dailyCountsWarning(areaCount)}.`,
  rejectedTitle: 'Rejected rows',
  line: 'Line',
  field: 'Field',
  reason: 'Reason',
  rowAsRead: 'Row as read',
  moreRejected: (rows) => `… and ${rows} more in the rejects file.`,
};
