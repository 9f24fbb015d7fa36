import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { readCountsArrow } from '../../src/read/read-counts-arrow.js';
import { countsArrowFile, footerBlocks, recordBlockOnDictionary } from '../helpers/arrow-blocks.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguestBounded } from '../helpers/run-cli-bounded.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReadCountsArrow = suite('readCountsArrow on damaged files: a located refusal, never a hang');

const model = join(repoRoot, 'test/fixtures/bad/model.json');

/**
 * `teleguest estimate` on `counts` in a child killed after 20 s: were the structure check to let
 * the file through, apache-arrow would spin and the test fail, not hang.
 */
async function refusal(counts: string): Promise<string> {
  const run = await teleguestBounded(['estimate', counts, '--model', model], { limitMs: 20_000 });
  assert.not.ok(run.timedOut, 'ends');
  assert.is(run.code, 2, run.stderr);
  assert.is(run.stdout, '');
  return run.stderr;
}

ReadCountsArrow('refuses the file apache-arrow spins on, found by the fuzz suite (FUZZ_SEED=7), with exit 2 and one line', async () => {
  const counts = join(repoRoot, 'test/fixtures/bad/arrow-decoder-spins.arrow');
  // Its footer puts record batch 1 at byte 416 (0x1A0). That message's vtable, at byte 432, was
  // overwritten with 0xFFFF for its first two fields (version, header type), past its 22-byte table.
  assert.is(await refusal(counts), `teleguest: ${counts}: not a readable Arrow IPC file; the message at byte 416 is damaged\n`);
});

ReadCountsArrow('refuses a record batch block that points at a dictionary batch, which apache-arrow would read forever', async () => {
  const bytes = countsArrowFile();
  const counts = tempDir().write('counts.arrow', recordBlockOnDictionary(bytes));
  const at = footerBlocks(bytes).dictionaries[0]!.offset;
  assert.is(await refusal(counts), `teleguest: ${counts}: not a readable Arrow IPC file; record batch 1 at byte ${at} is not a record batch message\n`);
});

ReadCountsArrow('says what is wrong as an InputError that names the file', async () => {
  const bytes = countsArrowFile();
  const counts = tempDir().write('counts.arrow', bytes.subarray(0, bytes.length - 3));
  try {
    await readCountsArrow(counts);
    assert.unreachable('a file cut short is refused');
  } catch (error) {
    assert.instance(error, InputError);
    assert.is((error as InputError).code, 'E_ARROW');
    assert.equal((error as InputError).location, { file: counts });
    assert.is((error as InputError).message, `${counts}: not a readable Arrow IPC file; it is cut short: it does not end with ARROW1`);
  }
});

ReadCountsArrow.run();
