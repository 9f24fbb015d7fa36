import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ModelError } from '../../src/errors.js';
import { checkModel } from '../../src/model/check-model.js';
import { readModel } from '../../src/model/read-model.js';
import { tempDir } from '../helpers/temp-dir.js';

const CheckModel = suite('checkModel');

/** What readModel throws for the same object written to a file called `model`. */
async function fileError(model: unknown): Promise<ModelError> {
  const { dir, write } = tempDir();
  write('model', JSON.stringify(model));
  const error = await readModel(`${dir}/model`).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, ModelError);
  return error as ModelError;
}

function codeError(model: unknown, source?: string): ModelError {
  try {
    checkModel(model, source);
  } catch (error) {
    assert.instance(error, ModelError);
    return error as ModelError;
  }
  throw new Error('checkModel accepted a bad model');
}

CheckModel('refuses a bad model in code with the problems a model file gives', async () => {
  for (const bad of [
    { uplift: -1, deductions: {} },
    { uplift: 0.06, deductions: { workers: { value: 1000, weekday: [1, 1] } } },
    { uplift: 0.06, deductions: { residents: 20000 }, upleft: 1 },
    { deductions: { residents: 20000 } },
  ]) {
    const [fromFile, fromCode] = [await fileError(bad), codeError(bad)];
    assert.is(fromCode.code, 'E_MODEL');
    assert.equal(fromCode.problems, fromFile.problems);
  }
});

CheckModel('names the source in the message where a file would be named', () => {
  const error = codeError({ uplift: 0.06, deductions: { workers: { value: 1000, weekday: [1, 1] } } }, 'my model');
  assert.is(error.message, 'my model: deductions.workers.weekday must have 7 items, got 2');
});

CheckModel('returns the model ready to estimate: ranges taken out, a name given', () => {
  const model = checkModel({ uplift: { value: 0.06, min: 0.04, max: 0.09 }, deductions: { residents: 20000 } });
  assert.is(model.uplift, 0.06);
  assert.is(model.name, 'model');
  assert.equal(model.ranges, [{ name: 'uplift', site: { kind: 'uplift' }, value: 0.06, dist: 'triangular', min: 0.04, max: 0.09 }]);
});

CheckModel.run();
