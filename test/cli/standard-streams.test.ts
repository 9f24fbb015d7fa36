import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { cli, teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const StandardStreams = suite('- for standard input and output');

/** `teleguest …` with `input` on stdin, in a temp folder of its own (TMPDIR), which must be empty again after. */
function withStdin(input: string | Buffer, ...args: string[]): { code: number | null; stdout: Buffer; stderr: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'teleguest-tmp-'));
  const run = spawnSync(process.execPath, [cli, ...args], { input, env: { ...process.env, TMPDIR: tmp } });
  assert.equal(readdirSync(tmp), [], 'the copy of stdin is removed');
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

StandardStreams('estimate - reads the counts from stdin, as from the file', () => {
  const fromFile = teleguest('estimate', counts, '--model', model, '--json');
  const fromStdin = withStdin(readFileSync(counts), 'estimate', '-', '--model', model, '--json');
  assert.is(fromStdin.code, 0, fromStdin.stderr);
  assert.is(fromStdin.stdout.toString('utf8'), fromFile.stdout);
});

StandardStreams('names stdin, not a temporary file, in an error, and exits 2', () => {
  const run = withStdin('date,area,devices\n2024-01-01,3320,x\n', 'estimate', '-', '--model', model);
  assert.is(run.code, 2);
  assert.is(run.stderr, 'teleguest: stdin:2:3 (devices): expected a number ≥ 0 (1234.5), a blank cell or a suppression marker (<n .. : -), got "x"\n');
});

StandardStreams('convert … - writes the Arrow file to stdout, which estimate - reads back', () => {
  const { dir } = tempDir();
  const arrow = spawnSync(process.execPath, [cli, 'convert', counts, '-'], { cwd: dir });
  assert.is(arrow.status, 0, arrow.stderr.toString());
  assert.is(arrow.stdout.subarray(0, 6).toString('latin1'), 'ARROW1');
  assert.equal(readdirSync(dir), [], 'no file named -');
  const back = withStdin(arrow.stdout, 'estimate', '-', '--model', model, '--json');
  assert.is(back.code, 0, back.stderr);
  assert.equal(JSON.parse(back.stdout.toString('utf8')).region, JSON.parse(teleguest('estimate', counts, '--model', model, '--json').stdout).region);
});

StandardStreams('report --html - prints the page, which names stdin as the counts', () => {
  const { dir } = tempDir();
  const tmp = mkdtempSync(join(tmpdir(), 'teleguest-tmp-'));
  const run = spawnSync(process.execPath, [cli, 'report', '-', '--model', model, '--html', '-', '--lang', 'en'], {
    cwd: dir,
    input: readFileSync(counts),
    env: { ...process.env, TMPDIR: tmp },
  });
  assert.is(run.status, 0, run.stderr.toString());
  const html = run.stdout.toString('utf8');
  assert.match(html, /^<!doctype html>/i);
  assert.match(html, /Counts: stdin\./);
  assert.not.match(html, /teleguest-stdin-/);
  assert.equal(readdirSync(dir), []);
});

StandardStreams('refuses - where standard output already has the table, or a folder is meant', () => {
  for (const [option, what] of [
    ['--out', 'folder'],
    ['--xlsx', 'file'],
    ['--rejects', 'file'],
  ] as const) {
    const run = teleguest('estimate', counts, '--model', model, option, '-');
    assert.is(run.code, 2);
    assert.match(run.stderr, new RegExp(`^teleguest: ${option} cannot be - \\(standard output.*\\); give a ${what} name\\n`));
  }
});

StandardStreams.run();
