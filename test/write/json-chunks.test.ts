import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimateHourly } from '../../src/hourly/estimate-hourly.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { jsonChunks } from '../../src/write/json-chunks.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { repoRoot } from '../helpers/repo-root.js';

const JsonChunks = suite('jsonChunks');

/** The reference: what JSON.stringify gives in one piece. */
const whole = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

JsonChunks('gives JSON.stringify’s text to the byte on awkward values, at every depth', () => {
  const value = {
    number: 1.5,
    nan: NaN,
    text: 'line\nbreak "quoted" æøå',
    nothing: null,
    left: undefined,
    call: () => 1,
    empty: {},
    list: [1, { a: [] }, [], null],
    emptyList: [],
    nested: { deeper: { deepest: { value: -0 } }, skipped: undefined },
    date: new Date(0),
    // toJSON hears its own key; one that gives undefined leaves the member out, as does a member that is all left out.
    keyed: { toJSON: (key: string) => `key ${key}` },
    gone: { toJSON: () => undefined },
    deep: { gone: { toJSON: () => undefined }, allGone: { a: undefined, b: () => 1 }, keyed: { inner: { toJSON: (key: string) => key } } },
    boxed: [new String('text'), new Number(2)],
    boxedMember: { text: new String('text'), flag: new Boolean(false) },
  };
  for (const depth of [0, 1, 2, 3, 5]) assert.is([...jsonChunks(value, depth)].join(''), whole(value), `depth ${depth}`);
  assert.is([...jsonChunks({})].join(''), '{}\n');
});

JsonChunks('gives the estimate summaries’ JSON in pieces, each area’s figures apart at the default depth', async () => {
  const hallingdal = (await readCounts(join(repoRoot, 'fixtures/hallingdal/counts.csv'))).counts;
  const { model } = await readModel(join(repoRoot, 'fixtures/hallingdal/model.json'));
  const { model: ranged } = await readModel(join(repoRoot, 'fixtures/hallingdal/model-ranges.json'));
  const summaries = [
    (await estimate(hallingdal, model)).summary,
    (await estimate(hallingdal, ranged, { draws: 50 })).summary,
    (
      await estimateHourly(
        (await readCounts(join(repoRoot, 'fixtures/hourly/known-truth.csv'))).counts,
        (await readModel(join(repoRoot, 'fixtures/hourly/model-known-truth.json'))).model,
      )
    ).summary,
  ];
  for (const summary of summaries) {
    const chunks = [...jsonChunks(summary)];
    assert.is(chunks.join(''), whole(summary));
    // No piece holds two areas: every piece is shorter than the two shortest areas' texts together.
    const areaLengths = Object.values(summary.areas)
      .map((area) => JSON.stringify(area, null, 2).length)
      .sort((a, b) => a - b);
    assert.ok(Math.max(...chunks.map((chunk) => chunk.length)) < areaLengths[0]! + areaLengths[1]!);
  }
});

JsonChunks.run();
