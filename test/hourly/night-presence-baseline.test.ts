import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimateHourly } from '../../src/hourly/estimate-hourly.js';
import { defaultHourlyMethod } from '../../src/hourly/hourly-method.js';
import { InputError } from '../../src/errors.js';
import { readCounts } from '../../src/read/read-counts.js';
import type { Model } from '../../src/model/model.js';
import { tempDir } from '../helpers/temp-dir.js';

const Baseline = suite('night-presence-baseline');

/**
 * SYNTHETIC hourly counts of one area from 1 November to 1 December 2024: `weekday` devices every
 * hour, `weekend` on Saturdays and Sundays.
 */
async function november(weekday: number, weekend: number, segments = false) {
  const lines = [segments ? 'date,hour,area,segment,devices' : 'date,hour,area,devices'];
  for (let day = 1; day <= 31; day++) {
    const date = day <= 30 ? `2024-11-${String(day).padStart(2, '0')}` : '2024-12-01';
    const devices = [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()) ? weekend : weekday;
    for (let hour = 0; hour < 24; hour++) lines.push(segments ? `${date},${hour},3320,domestic,${devices}` : `${date},${hour},3320,${devices}`);
  }
  return (await readCounts(tempDir().write('november.csv', `${lines.join('\n')}\n`))).counts;
}
const model: Model = { name: 'SYNTHETIC', uplift: 0.06, deductions: { residents: 1_000, dayTrippers: 50 } };

Baseline("deducts 90 % of the quietest month's weeknights, by hand", async () => {
  const result = await estimateHourly(await november(100, 150), model, { method: 'night-presence-baseline', daily: true, workers: 0 });
  // November's weeknights (Monday to Thursday evenings, 4–7, 11–14, 18–21 and 25–28) have 100 devices at night: the
  // residents' baseline is 0.9 × 100 × 1.06 = 95.4 persons. A night of 100 devices holds 106 − 95.4 = 10.6 guest-nights,
  // Friday and Saturday evenings (150 the next morning) 159 − 95.4 = 63.6; 1 December's evening has no morning.
  const hourly = result.summary.hourly!;
  assert.is(hourly.method, 'night-presence-baseline');
  assert.equal(hourly.baseline, { share: 0.9, areas: { '3320': { month: '2024-11', nights: 16, devices: 100, residentsPerNight: 95.4 } } });
  const nights = [...result.daily.guestNights.subarray(0, 31)].map((value) => Math.round(value * 100) / 100);
  assert.equal(nights.slice(0, 4), [63.6, 63.6, 10.6, 10.6]); // Friday 1, Saturday 2, Sunday 3, Monday 4 November
  assert.ok(Number.isNaN(nights[30]!));
  // Ten weekend nights (evenings 1, 2, 8, 9, 15, 16, 22, 23, 29, 30) and twenty others: (10 × 63.6 + 20 × 10.6) / 30.
  assert.ok(Math.abs(result.summary.region.guestNightsPerDay! - (10 * 63.6 + 20 * 10.6) / 30) < 1e-9);
  assert.ok(Math.abs(result.summary.region.deductionsPerDay.residents! - 95.4) < 1e-9);
  // The model's residents (1 000) give way to the baseline; day-trippers are daytime presence.
  assert.equal(hourly.deductionsNotApplied, ['dayTrippers']);
  assert.ok(result.notes.some((note) => note.includes("the model's residents deduction is not used")));
  assert.ok(result.notes.some((note) => note.includes('the counts cover 31 days, less than a year')));
});

Baseline('draws the residents’ share of the quiet weeknights as a range, its interval in closed form', async () => {
  const result = await estimateHourly(await november(100, 150), model, { method: 'night-presence-baseline', draws: 10_000, workers: 0 });
  const uncertainty = result.summary.uncertainty!;
  assert.equal(
    uncertainty.parameters.map((range) => [range.name, range.min, range.value, range.max]),
    [['residents.share', 0.85, 0.9, 0.95]],
  );
  // Guest-nights per day = (10 × 159 + 20 × 106) / 30 − 106 s = 123.667 − 106 s: p5 at the share's p95 and p95 at its
  // p5; the triangle 0.85–0.9–0.95 has them at 0.95 − √(0.05 × 0.1 × 0.05) and 0.85 + √(0.05 × 0.1 × 0.05).
  const tail = Math.sqrt(0.05 * 0.1 * 0.05);
  const perDay = (share: number) => (10 * 159 + 20 * 106) / 30 - 106 * share;
  const { p5, p95 } = uncertainty.region.guestNightsPerDay!;
  assert.ok(Math.abs(p5! / perDay(0.95 - tail) - 1) < 0.005, `p5 ${p5} against ${perDay(0.95 - tail)}`);
  assert.ok(Math.abs(p95! / perDay(0.85 + tail) - 1) < 0.005, `p95 ${p95} against ${perDay(0.85 + tail)}`);
});

Baseline('scales the baseline with a drawn uplift, as an independent Monte Carlo of both ranges finds', async () => {
  // Every night 100 devices: a night holds 100 × (1 − s) × (1 + u) guest-nights, 10.6 at the values. The baseline
  // moves with the uplift: were it fixed at 95.4 persons, a low uplift would leave 100 × 1.0 − 95.4 = 4.6, not 10.
  const ranged: Model = { ...model, ranges: [{ name: 'uplift', site: { kind: 'uplift' }, value: 0.06, dist: 'triangular', min: 0, max: 0.12 }] };
  const result = await estimateHourly(await november(100, 100), ranged, { method: 'night-presence-baseline', draws: 20_000, workers: 0 });
  assert.ok(Math.abs(result.summary.region.guestNightsPerDay! - 10.6) < 1e-9);
  const { p5, p95 } = result.summary.uncertainty!.region.guestNightsPerDay!;
  // 200 000 draws of s (0.85–0.9–0.95) and u (0–0.06–0.12), both triangular, from a stratified grid of their quantiles.
  const triangle = (q: number, min: number, mode: number, max: number) =>
    q < (mode - min) / (max - min) ? min + Math.sqrt(q * (max - min) * (mode - min)) : max - Math.sqrt((1 - q) * (max - min) * (max - mode));
  const values: number[] = [];
  for (let i = 0; i < 500; i++)
    for (let j = 0; j < 400; j++) values.push(100 * (1 - triangle((i + 0.5) / 500, 0.85, 0.9, 0.95)) * (1 + triangle((j + 0.5) / 400, 0, 0.06, 0.12)));
  values.sort((a, b) => a - b);
  const quantile = (q: number) => values[Math.round(q * (values.length - 1))]!;
  assert.ok(Math.abs(p5! / quantile(0.05) - 1) < 0.01, `p5 ${p5} against ${quantile(0.05)}`);
  assert.ok(Math.abs(p95! / quantile(0.95) - 1) < 0.01, `p95 ${p95} against ${quantile(0.95)}`);
});

Baseline('is refused for counts with segments, and for counts without a month of weeknights', async () => {
  const refusal = async (counts: Awaited<ReturnType<typeof november>>) =>
    estimateHourly(counts, model, { method: 'night-presence-baseline', workers: 0 }).then(
      () => undefined,
      (error: unknown) => error,
    );
  const segmented = await refusal(await november(100, 150, true));
  assert.instance(segmented, InputError);
  assert.match((segmented as InputError).problem, 'is for counts without segments; these have domestic');
  // 4 to 14 November: weeknights 4–7 and 11–13 (the 14th's evening has no morning), 7.
  const lines = ['date,hour,area,devices'];
  for (let day = 4; day <= 14; day++) for (let hour = 0; hour < 24; hour++) lines.push(`2024-11-${String(day).padStart(2, '0')},${hour},3320,100`);
  const short = await refusal((await readCounts(tempDir().write('short.csv', `${lines.join('\n')}\n`))).counts);
  assert.instance(short, InputError);
  assert.match((short as InputError).problem, 'a month with 8 weeknights (Monday to Thursday evenings) observed; 3320 has none');
});

Baseline('is the default for a year of counts without segments, not for less or for segments', () => {
  assert.is(defaultHourlyMethod([''], 366), 'night-presence-baseline');
  assert.is(defaultHourlyMethod([''], 365), 'night-presence-baseline');
  assert.is(defaultHourlyMethod([''], 364), 'night-presence');
  assert.is(defaultHourlyMethod(['domestic', 'foreign'], 366), 'night-presence');
  assert.is(defaultHourlyMethod(['home', 'visitor'], 366), 'visitor-night-presence');
});

Baseline.run();
