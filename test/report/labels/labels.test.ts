import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LABELS } from '../../../src/report/labels/labels.js';

const Labels = suite('labels');

Labels("every language fills every label, and bokmål and nynorsk write the seed's lines each their own way", () => {
  const { nb, nn, en } = LABELS;
  const texts = (labels: object): string[] =>
    Object.values(labels).flatMap((value) =>
      typeof value === 'string' ? [value] : typeof value === 'function' ? [String(value('X', 'Y', 'Z', 'V', 'W'))] : texts(value),
    );
  for (const labels of [nb, nn, en]) for (const text of texts(labels)) assert.ok(text.trim().length > 0);
  // Bokmål and nynorsk differ where the languages do (the Hallingdal plan is in nynorsk: "Fråtrekk").
  assert.is.not(nb.seed.deduction('residents'), nn.seed.deduction('residents'));
  assert.is(nn.seed.deduction('dayTrippers'), 'Fråtrekk dagsturisme');
  assert.is(nb.seed.deduction('dayTrippers'), 'Fratrekk dagsturisme');
  // The SSB comparison too: nynorsk "samanlikna", "skilnad", "fritidsbustad".
  assert.is(nn.ssbTitle, 'Samanlikna med SSB');
  assert.is(nb.ssbTitle, 'Sammenlignet med SSB');
  assert.is(nn.gapPerHolidayHome, 'Skilnad per fritidsbustad');
  assert.is.not(nb.ssbWhy, nn.ssbWhy);
});

Labels.run();
