import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildCalendar, DAY_TYPES } from '../../src/calendar/calendar.js';
import { parseDay } from '../../src/clock/day-number.js';
import type { Figures, Summary } from '../../src/summary/summary.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { feasibleInterval } from './feasible-interval.js';
import { systemOf, type Publication } from './publish-runs.js';
import { AREAS, countsCsv, DATES, modelJson, SMALL } from './small-cells.js';

// The adversary of attack.test.ts against what the commands write, read back from the files: each
// run's daily.csv (every area-day and region day published) and summary.json (every mean and sum
// of the span, the years, months, seasons and day types, with its count of days), for the full run
// and runs one day shorter at either end or one area fewer, alone, in pairs and all together.
// Unknowns are the true device counts `area:date`; a published figure of persons or guest-nights
// is a known linear function of them (the uplift and deductions are in the model). The attacker
// reads which days an aggregate covers from its `days`: the published days of its group, or those
// and the withheld ones; a count that fits neither fails the test. Every withheld count must keep
// the protection interval: not above 0 at its lowest, not below the threshold at its highest.

const Attack = suite('attack on the files the commands publish');
const THRESHOLD = 5;
const UPLIFT = 1.1;
const RESIDENTS = 50;

interface Run {
  areas: string[];
  dates: string[];
}

/** What one run publishes, as equations over the true counts, and the counts it marks withheld as primary. */
function publishedBy(run: Run, minCount = String(THRESHOLD)): Publication {
  const { dir, write } = tempDir();
  const counts = write('counts.csv', countsCsv(run.areas, run.dates));
  const { code, stderr } = teleguest(
    'estimate',
    counts,
    '--model',
    write('model.json', modelJson(run.areas)),
    '--out',
    join(dir, 'out'),
    '--min-count',
    minCount,
  );
  assert.is(code, 0, stderr);
  const daily: Array<Record<string, string>> = parse(readFileSync(join(dir, 'out', 'daily.csv')), { columns: true });
  const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as Summary;
  const cellsOf = (series: string, date: string) => (series === 'region' ? run.areas.map((area) => `${area}:${date}`) : [`${series}:${date}`]);

  const equations: Publication['equations'] = [];
  const published = new Map<string, Set<string>>();
  const withheld = new Map<string, Set<string>>();
  const primaries: string[] = [];
  for (const row of daily) {
    if (row.devices !== '') {
      equations.push({ names: cellsOf(row.area!, row.date!), value: Number(row.devices) });
      (published.get(row.area!) ?? published.set(row.area!, new Set()).get(row.area!)!).add(row.date!);
    } else if (row.suppressed !== '') {
      (withheld.get(row.area!) ?? withheld.set(row.area!, new Set()).get(row.area!)!).add(row.date!);
      if (row.suppressed === 'primary') primaries.push(`${row.area}:${row.date}`);
    }
  }

  // The aggregates: Σ devices over the days a figure covers, from its mean or sum.
  const calendar = buildCalendar(parseDay(run.dates[0]!)!, run.dates.length);
  const groupsOf = (date: string) => {
    const day = run.dates.indexOf(date);
    return [
      `month ${date.slice(0, 7)}`,
      `year ${date.slice(0, 4)}`,
      `season ${calendar.seasonNames[calendar.season[day]!]}`,
      `dayType ${DAY_TYPES[calendar.dayType[day]!]}`,
      'span',
    ];
  };
  const aggregate = (series: string, group: string, days: number, devices: number | null) => {
    if (devices === null) return;
    const inGroup = (set: Set<string> | undefined) => [...(set ?? [])].filter((date) => groupsOf(date).includes(group));
    const shown = inGroup(published.get(series));
    const hidden = inGroup(withheld.get(series));
    const covered = days === shown.length ? shown : days === shown.length + hidden.length ? [...shown, ...hidden] : undefined;
    assert.ok(covered !== undefined, `${series} ${group}: ${days} days fit neither the ${shown.length} published nor with the ${hidden.length} withheld`);
    equations.push({ names: covered.flatMap((date) => cellsOf(series, date)), value: devices });
  };
  const deduction = (series: string) => RESIDENTS * (series === 'region' ? run.areas.length : 1);
  const aggregatesOf = (series: string, figures: Figures) => {
    const perDay = (persons: number | null, days: number) => (persons === null ? null : (persons * days) / UPLIFT);
    aggregate(series, 'span', figures.days, figures.devicesPerDay === null ? null : figures.devicesPerDay * figures.days);
    for (const year of figures.years)
      aggregate(series, `year ${year.year}`, year.days, year.guestNights === null ? null : (year.guestNights + deduction(series) * year.days) / UPLIFT);
    for (const month of figures.months) aggregate(series, `month ${month.month}`, month.days, perDay(month.personsPerDay, month.days));
    for (const season of figures.seasons) aggregate(series, `season ${season.name}`, season.days, perDay(season.personsPerDay, season.days));
    for (const type of figures.dayTypes) aggregate(series, `dayType ${type.name}`, type.days, perDay(type.personsPerDay, type.days));
  };
  aggregatesOf('region', summary.region);
  for (const area of run.areas) aggregatesOf(area, summary.areas[area]!);
  return { equations, primaries };
}

/** The attacker's interval for every primary count of the publications. */
function attack(publications: Publication[]): Array<{ name: string; min: number; max: number }> {
  const { index, known, equations } = systemOf(publications);
  return [...new Set(publications.flatMap(({ primaries }) => primaries))].map((name) => {
    if (known.has(name)) return { name, min: known.get(name)!, max: known.get(name)! };
    if (!index.has(name)) return { name, min: 0, max: Infinity };
    const [min, max] = feasibleInterval(index.size, equations, index.get(name)!);
    return { name, min, max };
  });
}

const FULL: Run = { areas: AREAS, dates: DATES };
const NEIGHBOURS: Run[] = [
  { areas: AREAS, dates: DATES.slice(1) },
  { areas: AREAS, dates: DATES.slice(0, -1) },
  ...AREAS.map((dropped) => ({ areas: AREAS.filter((area) => area !== dropped), dates: DATES })),
];
const full = publishedBy(FULL);

Attack('the files mark every small count withheld', () => {
  assert.equal(full.primaries.sort(), [...SMALL.keys()].map((key) => key.replace(',', ':')).sort());
});

Attack('recovers a small count when a region day beside it is published, as without disclosure control', () => {
  // The unprotected run's region day on 15 January, added to what the protected run publishes.
  const open = publishedBy(FULL, '0');
  const regionDay = open.equations.find(({ names }) => names.length === AREAS.length && names[0] === '3320:2024-01-15')!;
  const [flå] = attack([{ equations: [...full.equations, regionDay], primaries: ['3320:2024-01-15'] }]);
  assert.ok(Math.abs(flå!.min - 3) < 1e-6 && Math.abs(flå!.max - 3) < 1e-6, JSON.stringify(flå));
});

Attack('no run, pair of runs one day or one area apart, or all of them narrows a withheld count', () => {
  const neighbours = NEIGHBOURS.map((run) => publishedBy(run));
  const sets = [[full], ...neighbours.map((neighbour) => [full, neighbour]), [full, ...neighbours]];
  let attacked = 0;
  for (const publications of sets) {
    for (const { name, min, max } of attack(publications)) {
      assert.ok(min <= 1e-6 && max >= THRESHOLD, `${name} narrowed to [${min}, ${max}]`);
      attacked++;
    }
  }
  // 31 withheld counts in each of the 9 sets but those one area fewer (Flå, Gol or Hol dropped take theirs along).
  assert.ok(attacked > 31 * 6, `only ${attacked} attacks`);
});

Attack.run();
