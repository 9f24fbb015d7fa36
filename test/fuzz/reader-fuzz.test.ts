import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, MAX_MESSAGE_CHARACTERS, ModelError } from '../../src/errors.js';
import { readModel } from '../../src/model/read-model.js';
import { readCounts } from '../../src/read/read-counts.js';
import { countsTable } from '../../src/write/counts-table.js';
import { chooser, FUZZ_SEED, fuzzModel, mutateBytes, mutateText, validCountsCsv } from '../helpers/fuzz-inputs.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReaderFuzz = suite(`the readers on hostile files (seed ${FUZZ_SEED}; FUZZ_SEED=… replays another)`);

/** A case must end, by a value or a clean error, within this: a hang is a failure, not a wait. */
const CASE_LIMIT_MS = 15_000;

/** Run `read`; a clean refusal is an InputError or ModelError with a one-line, bounded message. */
async function outcome(read: () => Promise<unknown>, what: string): Promise<'read' | 'refused'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${CASE_LIMIT_MS} ms`)), CASE_LIMIT_MS)));
  try {
    await Promise.race([read(), hang]);
    return 'read';
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ModelError))
      throw new Error(`${what}: not a clean refusal: ${(error as Error).stack}`, { cause: error });
    assert.not.match(error.message, /[\n\r]/, `${what}: one line`);
    assert.ok(error.message.length <= MAX_MESSAGE_CHARACTERS + 1, `${what}: a bounded message`);
    return 'refused';
  } finally {
    clearTimeout(timer);
  }
}

ReaderFuzz('reads or cleanly refuses 200 mutated counts CSVs', async () => {
  const choose = chooser(FUZZ_SEED, 1);
  const seen = { read: 0, refused: 0 };
  for (let i = 0; i < 200; i++) {
    const valid = validCountsCsv(choose, choose.int(1, 15), choose.int(1, 4), choose.chance(0.3));
    // One case in six is left valid, so that reading is exercised as well as refusing.
    const text = choose.chance(1 / 6) ? valid : mutateText(choose, valid);
    const file = tempDir().write('counts.csv', choose.chance(0.1) ? Buffer.from(text, 'latin1') : text);
    seen[await outcome(() => readCounts(file), `case ${i} (${JSON.stringify(text.slice(0, 120))})`)]++;
  }
  // Both outcomes were really exercised.
  assert.ok(seen.read > 10 && seen.refused > 50, JSON.stringify(seen));
});

// apache-arrow's decoder spins on some damaged files (test/fixtures/bad/arrow-decoder-spins.arrow),
// which no in-process time limit could stop: the reader checks their structure before decoding.
ReaderFuzz('reads or cleanly refuses 60 damaged Arrow files and streams', async () => {
  const { tableToIPC } = await import('apache-arrow');
  const choose = chooser(FUZZ_SEED, 2);
  const seen = { read: 0, refused: 0 };
  for (let i = 0; i < 60; i++) {
    const length = choose.int(1, 30);
    const table = countsTable({
      source: 'x',
      lineKind: 'row',
      length,
      day: Int32Array.from({ length }, (_, row) => 19_723 + (row % 10)),
      area: Int32Array.from({ length }, (_, row) => Math.floor(row / 10)),
      devices: Float64Array.from({ length }, () => choose.int(0, 1000)),
      line: new Int32Array(length),
      areaCodes: ['3320', '3322', '3324'],
      areaNames: ['', '', ''],
      rejectedRows: 0,
      blankRows: 0,
    });
    const bytes = tableToIPC(table, choose.pick(['file', 'stream'] as const));
    const file = tempDir().write('counts.arrow', choose.chance(0.9) ? mutateBytes(choose, bytes) : bytes);
    seen[await outcome(() => readCounts(file), `Arrow case ${i}`)]++;
  }
  assert.ok(seen.read > 0 && seen.refused > 10, JSON.stringify(seen));
});

// A compressed batch's row bound comes from its buffers' prefixes, which the decoders then hold
// each buffer to: damage to a prefix or to the compressed bytes must be refused as cleanly.
ReaderFuzz('reads or cleanly refuses 40 damaged compressed Arrow files (LZ4 frames, ZSTD)', async () => {
  const choose = chooser(FUZZ_SEED, 4);
  const files = ['lz4', 'zstd'].map((name) => readFileSync(join(repoRoot, `test/fixtures/arrow-compressed/counts-${name}.arrow`)));
  const seen = { read: 0, refused: 0 };
  for (let i = 0; i < 40; i++) {
    const file = tempDir().write('counts.arrow', mutateBytes(choose, choose.pick(files)));
    seen[await outcome(() => readCounts(file), `compressed Arrow case ${i}`)]++;
  }
  assert.ok(seen.refused > 10, JSON.stringify(seen));
});

ReaderFuzz('reads or cleanly refuses 100 hostile models', async () => {
  const choose = chooser(FUZZ_SEED, 3);
  const seen = { read: 0, refused: 0 };
  for (let i = 0; i < 100; i++) {
    const text = fuzzModel(choose);
    const file = tempDir().write('model.json', text);
    seen[await outcome(() => readModel(file), `model case ${i} (${JSON.stringify(text.slice(0, 120))})`)]++;
  }
  assert.ok(seen.read > 5 && seen.refused > 10, JSON.stringify(seen));
});

ReaderFuzz.run();
