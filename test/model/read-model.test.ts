import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { InputError, ModelError } from '../../src/errors.js';
import { checkModelFits } from '../../src/model/check-model-fits.js';
import { readModel } from '../../src/model/read-model.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReadModel = suite('readModel');

async function messageFor(content: string): Promise<string> {
  const file = tempDir().write('model.json', content);
  try {
    await readModel(file);
  } catch (error) {
    assert.ok(error instanceof ModelError || error instanceof InputError, String(error));
    return (error as Error).message.replace(file, 'model.json');
  }
  return assert.unreachable('the model was accepted') as never;
}

ReadModel('reads the Hallingdal model with the plan’s values', async () => {
  const { model, warnings } = await readModel(join(repoRoot, 'fixtures/hallingdal/model.json'));
  // Copied into plain objects: the model's maps have no prototype.
  assert.equal(JSON.parse(JSON.stringify(model)), {
    name: 'Hallingdal',
    uplift: 0.06,
    deductions: { residents: 20000, externalWorkers: 1000, throughTraffic: 1000, dayTrippers: 1000 },
  });
  assert.equal(warnings, []);
});

ReadModel('names the model after its file when it has no name', async () => {
  const file = tempDir().write('valdres.json', '{ "uplift": 0, "deductions": {} }');
  assert.is((await readModel(file)).model.name, 'valdres');
});

ReadModel('names the JSON path of each schema problem', async () => {
  assert.is(
    await messageFor('{ "uplift": "0.06", "deductions": {} }'),
    'model.json: uplift must be a number ≥ 0, a range { "value", "min", "max" } or { "value", "sd" }, or { "default", "bySegment": { "<segment>": … } }, got "0.06"',
  );
  assert.is(await messageFor('{ "uplift": -0.1, "deductions": {} }'), 'model.json: uplift must be ≥ 0, got -0.1');
  assert.is(await messageFor('{ "uplift": 0.06 }'), 'model.json: deductions is required');
  assert.is(await messageFor('{ "uplift": 0.06, "deductions": { "residents": -1 } }'), 'model.json: deductions.residents must be ≥ 0, got -1');
  assert.is(
    await messageFor('{ "uplift": 0.06, "deductions": { "residents": "20000" } }'),
    'model.json: deductions.residents must be a number ≥ 0 or an object with one of value, byArea, population, file, segment, got "20000"',
  );
  assert.is(
    await messageFor('{ "uplift": 0.06, "deductions": { "residents": { "byArea": { "3320": -5 } } } }'),
    'model.json: deductions.residents.byArea.3320 must be ≥ 0, got -5',
  );
  assert.is(
    await messageFor('{ "uplift": 0.06, "deductions": { "residents": { "byarea": {} } } }'),
    'model.json: deductions.residents must be a number ≥ 0 or an object with one of value, byArea, population, file, segment, got {"byarea":{}}',
  );
  assert.is(
    await messageFor(
      '{ "uplift": 0.06, "deductions": { "workers": { "value": 1000, "weekday": [1, 1], "periods": [{ "from": "2024-02-30", "to": "2024-01-01", "factor": 0 }] } } }',
    ),
    'model.json: deductions.workers.weekday must have 7 items, got 2',
  );
  assert.is(
    await messageFor(
      '{ "uplift": 0.06, "deductions": { "workers": { "value": 1000, "periods": [{ "from": "2024-02-30", "to": "2024-01-01", "factor": 0 }, { "from": "2024-03-02", "to": "2024-03-01", "factor": 1 }] } } }',
    ),
    'model.json: deductions.workers.periods[0].from is not a date: 2024-02-30; deductions.workers.periods[1] ends (2024-03-01) before it starts (2024-03-02)',
  );
  assert.is(
    await messageFor('{ "uplift": 0.06, "deductions": { "workers": { "value": 1000, "byArea": {} } } }'),
    'model.json: deductions.workers must be a number ≥ 0 or an object with one of value, byArea, population, file, segment, got both value and byArea',
  );
  assert.is(
    await messageFor('{ "uplift": { "default": 0.06, "bySegment": { "foreign": -1 } }, "deductions": {} }'),
    'model.json: uplift.bySegment.foreign must be ≥ 0, got -1',
  );
  assert.is(
    await messageFor('{ "uplift": 0.06, "deductions": { "home": { "segment": "home", "month": [] } } }'),
    'model.json: deductions.home has unknown key "month" (allowed: segment)',
  );
  assert.is(
    await messageFor('{ "uplift": 0.06, "deductions": {}, "uplfit": 1 }'),
    'model.json: the model has unknown key "uplfit" (allowed: name, uplift, deductions, fill, minCount, codeHistory, calendar, counts)',
  );
});

ReadModel('points at the line and column of a JSON syntax error', async () => {
  const message = await messageFor('{\n  "uplift": 0.06,\n  "deductions": { "residents": 20000, }\n}');
  assert.match(message, /^model\.json:3:\d+: not valid JSON: /);
});

ReadModel('warns when the uplift looks like a percentage', async () => {
  const file = tempDir().write('model.json', '{ "uplift": 6, "deductions": {} }');
  const { warnings } = await readModel(file);
  assert.equal(warnings, [`${file}: uplift 6 means +600 %; write 0.06 for 6 %`]);
});

ReadModel('refuses __proto__, constructor and prototype as deduction, area and segment names', async () => {
  assert.is(
    await messageFor('{ "uplift": 0, "deductions": { "__proto__": 5 } }'),
    'model.json: deductions: "__proto__" cannot be a deduction name (JavaScript reserves it on every object)',
  );
  assert.is(
    await messageFor('{ "uplift": 0, "deductions": { "residents": { "byArea": { "3320": 1, "constructor": 2 } } } }'),
    'model.json: deductions.residents.byArea: "constructor" cannot be an area code (JavaScript reserves it on every object)',
  );
  assert.is(
    await messageFor('{ "uplift": { "default": 0.06, "bySegment": { "prototype": 0 } }, "deductions": {} }'),
    'model.json: uplift.bySegment: "prototype" cannot be a segment name (JavaScript reserves it on every object)',
  );
});

ReadModel('refuses names with invisible or control characters, shown escaped', async () => {
  assert.is(
    await messageFor('{ "uplift": 0, "deductions": { "residents": { "byArea": { "33\\u200b20": 1 } } } }'),
    'model.json: deductions.residents.byArea: an area code "33\\\\u200B20" holds an invisible character (U+200B)',
  );
});

ReadModel('reads names into maps without a prototype', async () => {
  const file = tempDir().write(
    'model.json',
    '{ "uplift": { "default": 0.06, "bySegment": { "foreign": 0 } }, "deductions": { "residents": { "byArea": { "3320": 10 } } } }',
  );
  const { model } = await readModel(file);
  const byArea = (model.deductions.residents as { byArea: Record<string, number> }).byArea;
  assert.is(Object.getPrototypeOf(byArea), null);
  assert.is(Object.getPrototypeOf(model.deductions), null);
  assert.is(byArea.constructor, undefined);
  assert.is(byArea['3320'], 10);
});

ReadModel('refuses a model nested 10 000 levels deep cleanly, where it goes too deep', async () => {
  const deep = `{ "uplift": 0, "deductions": { "x": ${'['.repeat(10_000)}${']'.repeat(10_000)} } }`;
  // The first [ is at column 37; 2 objects and 62 lists make 64 levels, so the 63rd [ (column 37 + 62) is one too deep.
  assert.is(
    await messageFor(deep),
    'model.json:1:99 at deductions.x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 64 levels deep',
  );
});

ReadModel('refuses a key given twice, with its path', async () => {
  assert.is(
    await messageFor('{ "uplift": 0,\n  "deductions": { "residents": 1, "residents": 2 } }'),
    'model.json:2:35 at deductions.residents: the key "residents" is given twice in one object',
  );
});

ReadModel('refuses /dev/zero and a folder without reading them', async () => {
  for (const [file, kind] of [
    ['/dev/zero', 'a character device'],
    [tempDir().dir, 'a folder'],
  ] as const) {
    const error = await readModel(file).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.instance(error, InputError);
    assert.is((error as Error).message, `${file}: --model must be a plain file; this is ${kind}`);
  }
});

ReadModel('refuses a model over 16 MiB', async () => {
  const file = tempDir().write('model.json', `{ "name": "${'x'.repeat(16 * 1024 * 1024)}", "uplift": 0, "deductions": {} }`);
  const error = await readModel(file).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.is((error as Error).message, `${file}: --model is larger than 16 MiB, more than such a file can sensibly hold`);
});

ReadModel.run();

const CheckModelFits = suite('checkModelFits');

CheckModelFits('refuses a byArea map that misses an area of the counts or lists one that is not there', () => {
  const model = { name: 'x', uplift: 0, deductions: { total: 5, residents: { byArea: { '3320': 1, '9999': 2 } } } };
  try {
    checkModelFits(model, ['3320', '3322'], 'model.json');
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, ModelError);
    assert.is(
      (error as Error).message,
      `model.json: deductions.residents.byArea must list every area in the counts; missing 3322; deductions.residents.byArea lists areas not in the counts (by today's codes): 9999`,
    );
  }
});

CheckModelFits('accepts maps that list exactly the counted areas', () => {
  checkModelFits({ name: 'x', uplift: 0, deductions: { residents: { byArea: { a: 1, b: 2 } } } }, ['b', 'a'], 'model.json');
});

CheckModelFits('refuses deduction names that are output columns', () => {
  const model = { name: 'x', uplift: 0, deductions: { devices: 5, guestNights: 1 } };
  assert.throws(
    () => checkModelFits(model, ['a'], 'model.json'),
    (error: Error) =>
      error.message ===
      'model.json: deductions.devices: "devices" is an output column (date, area, devices, persons, guestNights, filled, suppressed); give the deduction another name; ' +
        'deductions.guestNights: "guestNights" is an output column (date, area, devices, persons, guestNights, filled, suppressed); give the deduction another name',
  );
});

CheckModelFits('refuses a deduction named suppressed, the column of withheld figures, as it refuses filled', () => {
  for (const name of ['suppressed', 'filled']) {
    const model = { name: 'x', uplift: 0, deductions: { residents: 1, [name]: 5 } };
    assert.throws(
      () => checkModelFits(model, ['a'], 'model.json'),
      (error: Error) =>
        error instanceof ModelError &&
        error.message ===
          `model.json: deductions.${name}: "${name}" is an output column (date, area, devices, persons, guestNights, filled, suppressed); give the deduction another name`,
    );
  }
});

CheckModelFits('is not fooled by an area named like an Object.prototype property', () => {
  const model = { name: 'x', uplift: 0, deductions: { residents: { byArea: { a: 1 } } } };
  assert.throws(() => checkModelFits(model, ['a', 'constructor'], 'model.json'), /missing constructor/);
});

CheckModelFits.run();
