import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { extractRanges } from '../../src/model/extract-ranges.js';
import type { Model } from '../../src/model/model.js';

const extract = (written: object) => extractRanges(written as unknown as Model);

const Extract = suite('extractRanges');

Extract('leaves a model without ranges as it was, with no ranges key', () => {
  const model = { name: 'H', uplift: 0.06, deductions: { residents: 20000, workers: { value: 1000, weekday: [1, 1, 1, 1, 1, 0, 0] } } };
  const extracted = extract(model);
  assert.equal(extracted, model);
  assert.not.ok('ranges' in extracted);
});

Extract('names the uplift and tells triangular, uniform and normal ranges apart', () => {
  assert.equal(extract({ name: 'm', uplift: { value: 0.06, min: 0.04, max: 0.09 }, deductions: {} }), {
    name: 'm',
    uplift: 0.06,
    deductions: {},
    ranges: [{ name: 'uplift', site: { kind: 'uplift' }, value: 0.06, dist: 'triangular', min: 0.04, max: 0.09 }],
  });
  assert.equal(extract({ name: 'm', uplift: { value: 0.06, min: 0.04, max: 0.09, dist: 'uniform' }, deductions: {} }).ranges, [
    { name: 'uplift', site: { kind: 'uplift' }, value: 0.06, dist: 'uniform', min: 0.04, max: 0.09 },
  ]);
  assert.equal(extract({ name: 'm', uplift: 0.06, deductions: { residents: { value: 1000, sd: 300 } } }).ranges, [
    { name: 'deductions.residents', site: { kind: 'base', deduction: 'residents' }, value: 1000, dist: 'normal', sd: 300 },
  ]);
});

Extract('names the segments’ uplifts uplift.default and uplift.bySegment.<segment>', () => {
  const extracted = extract({
    name: 'm',
    uplift: { default: { value: 0.06, min: 0.05, max: 0.08 }, bySegment: { foreign: { value: 0, min: 0, max: 0.02 }, roaming: 0.01 } },
    deductions: {},
  });
  assert.equal(extracted.uplift, { default: 0.06, bySegment: { foreign: 0, roaming: 0.01 } });
  assert.equal(
    extracted.ranges!.map(({ name, site }) => ({ name, site })),
    [
      { name: 'uplift.default', site: { kind: 'uplift' } },
      { name: 'uplift.bySegment.foreign', site: { kind: 'uplift', segment: 'foreign' } },
    ],
  );
});

Extract('names each deduction site by its JSON path and leaves the values in place', () => {
  const extracted = extract({
    name: 'm',
    uplift: 0.06,
    deductions: {
      residents: 20000,
      r: { byArea: { '3320': { value: 250, min: 200, max: 400 }, '3322': 150 } },
      w: { value: 1000, weekday: [1, 1, 1, 1, 1, { value: 0.3, min: 0.1, max: 0.5 }, 0.2], month: [1, 1, 1, 1, 1, 1, { value: 0.8, sd: 0.1 }, 1, 1, 1, 1, 1] },
      p: {
        population: 'pop.json',
        periods: [
          { from: '2023-12-23', to: '2024-01-01', factor: 0.75 },
          { from: '2023-06-24', to: '2023-08-13', factor: { value: 2, min: 1.5, max: 3 } },
        ],
      },
      v: { value: 1000, min: 800, max: 1500, dist: 'uniform', weekday: [1.3, 1.3, 1.3, 1.3, 1.1, 0.3, 0.2] },
      f: { file: 'day-trippers.csv' },
      s: { segment: 'home' },
    },
  });
  assert.equal(
    extracted.ranges!.map(({ name, site }) => ({ name, site })),
    [
      { name: 'deductions.r.byArea.3320', site: { kind: 'base', deduction: 'r', area: '3320' } },
      { name: 'deductions.w.weekday[5]', site: { kind: 'weekday', deduction: 'w', index: 5 } },
      { name: 'deductions.w.month[6]', site: { kind: 'month', deduction: 'w', index: 6 } },
      { name: 'deductions.p.periods[1].factor', site: { kind: 'period', deduction: 'p', index: 1 } },
      { name: 'deductions.v', site: { kind: 'base', deduction: 'v' } },
    ],
  );
  assert.equal(extracted.deductions.r, { byArea: { '3320': 250, '3322': 150 } });
  assert.equal((extracted.deductions.w as { value: number; weekday: number[] }).value, 1000);
  assert.equal((extracted.deductions.w as { weekday: number[] }).weekday, [1, 1, 1, 1, 1, 0.3, 0.2]);
  assert.equal((extracted.deductions.w as { month: number[] }).month, [1, 1, 1, 1, 1, 1, 0.8, 1, 1, 1, 1, 1]);
  assert.equal((extracted.deductions.p as { periods: unknown[] }).periods, [
    { from: '2023-12-23', to: '2024-01-01', factor: 0.75 },
    { from: '2023-06-24', to: '2023-08-13', factor: 2 },
  ]);
  assert.equal(extracted.deductions.v, { value: 1000, weekday: [1.3, 1.3, 1.3, 1.3, 1.1, 0.3, 0.2] }, 'the range keys leave with the range');
  assert.equal(extracted.deductions.f, { file: 'day-trippers.csv' });
  assert.equal(extracted.deductions.s, { segment: 'home' });
  assert.is(extracted.deductions.residents, 20000);
});

Extract.run();
