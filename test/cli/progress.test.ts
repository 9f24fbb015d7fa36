import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { startProgress } from '../../src/cli/progress.js';

/** A stream that records what is written to it and says it is (or is not) a terminal. */
function fakeTerminal(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 80 },
  );
  return { stream, text: () => chunks.join('') };
}

async function until(test: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !test(); tries++) await sleep(10);
}

const Progress = suite('startProgress');

Progress('draws a bar naming the step on a terminal once the delay has passed, and clears it', async () => {
  const { stream, text } = fakeTerminal(true);
  const progress = startProgress(['reading', 'estimating', 'writing'], { stream, delayMs: 0 });
  await until(() => text().includes('reading'));
  assert.match(text(), /teleguest \[.*\] 0\/3 reading/);
  progress.step('estimating');
  await until(() => text().includes('estimating'));
  assert.match(text(), /1\/3 estimating/);
  const before = text().length;
  progress.stop();
  // Stopping clears the line (clearOnComplete) and shows the cursor again.
  assert.ok(text().length > before);
});

Progress('writes a note on its own line, with the bar drawn again below it', async () => {
  const { stream, text } = fakeTerminal(true);
  const progress = startProgress(['reading', 'estimating'], { stream, delayMs: 0 });
  await until(() => text().includes('reading'));
  const before = text().length;
  progress.write('teleguest: a note\n');
  const after = text().slice(before);
  // The bar clears itself first (cursor restored, line erased), then the note, then a new bar.
  assert.ok(after.indexOf('\x1b[2K') < after.indexOf('teleguest: a note\n'), JSON.stringify(after));
  assert.match(after.slice(after.indexOf('a note\n')), /teleguest \[.*\] 0\/2 reading/);
  progress.stop();
});

Progress('draws nothing when the run ends before the delay', async () => {
  const { stream, text } = fakeTerminal(true);
  const progress = startProgress(['reading'], { stream, delayMs: 50 });
  progress.stop();
  await sleep(100);
  assert.is(text(), '');
});

Progress('draws nothing when the stream is not a terminal, or when disabled (--quiet)', async () => {
  const pipe = fakeTerminal(false);
  startProgress(['reading'], { stream: pipe.stream, delayMs: 0 });
  const quiet = fakeTerminal(true);
  startProgress(['reading'], { stream: quiet.stream, delayMs: 0, enabled: false });
  await sleep(100);
  assert.is(pipe.text(), '');
  assert.is(quiet.text(), '');
});

Progress.run();
