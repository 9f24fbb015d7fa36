import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { cli, teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const CliManners = suite('command-line manners');

CliManners('--help names every command and how to get help on one', () => {
  const { code, stdout, stderr } = teleguest('--help');
  assert.is(code, 0);
  assert.is(stderr, '');
  for (const command of ['estimate', 'peak', 'report', 'convert']) assert.match(stdout, new RegExp(`teleguest ${command} `));
  assert.match(stdout, /teleguest <command> --help/);
});

CliManners("<command> --help gives that command's usage with examples of it", () => {
  for (const command of ['estimate', 'peak', 'report', 'convert']) {
    const { code, stdout } = teleguest(command, '--help');
    assert.is(code, 0);
    assert.ok(stdout.startsWith(`Usage: teleguest ${command} `), stdout);
    const examples = stdout.slice(stdout.indexOf('Examples:'));
    assert.ok(examples.split('\n').filter((line) => line.startsWith(`  teleguest ${command} `)).length >= 1, `${command}: ${examples}`);
  }
});

CliManners('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  assert.equal(teleguest('--version'), { code: 0, stdout: `${version}\n`, stderr: '' });
});

CliManners('--quiet keeps notes off stderr, but not errors or data', () => {
  const { write } = tempDir();
  // An extra column is ignored with a note.
  const extra = write('counts.csv', 'date,area,devices,operator\n2024-01-01,3320,100,x\n2024-01-02,3320,120,x\n');
  const plainModel = write('model.json', '{ "uplift": 0.06, "deductions": {} }');
  const noisy = teleguest('estimate', extra, '--model', plainModel, '--json');
  assert.match(noisy.stderr, /operator/);
  const quiet = teleguest('estimate', extra, '--model', plainModel, '--json', '--quiet');
  assert.is(quiet.code, 0);
  assert.is(quiet.stderr, '');
  assert.is(quiet.stdout, noisy.stdout);
  const failing = teleguest('estimate', extra, '--model', join(repoRoot, 'no-such-model.json'), '-q');
  assert.is(failing.code, 2);
  assert.match(failing.stderr, /no-such-model.json: cannot read/);
});

CliManners('shows no progress bar when stderr is not a terminal', () => {
  const { stderr } = teleguest('estimate', counts, '--model', model, '--json');
  assert.is(stderr, '');
});

CliManners.run();

const Pipes = suite('pipes and special files');

Pipes('ends quietly, exit 0, when the reader of --json goes away (| head)', () => {
  const run = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" "${cli}" estimate "${counts}" --model "${model}" --json | head -c 20 > /dev/null; echo "exit $?"`],
    { encoding: 'utf8' },
  );
  assert.is(run.stderr, '');
  assert.is(run.stdout, 'exit 0\n');
});

Pipes('refuses a FIFO given as the counts file at once, instead of waiting on it for ever', () => {
  const fifo = join(tempDir().dir, 'counts.csv');
  execFileSync('mkfifo', [fifo]);
  // A run that opened the FIFO would block for ever: killed after 20 s, it would fail the test.
  const { status: code, stderr } = spawnSync(process.execPath, [cli, 'estimate', fifo, '--model', model], { encoding: 'utf8', timeout: 20_000 });
  assert.is(code, 2);
  assert.is(stderr, `teleguest: ${fifo}: the counts must be a plain file; this is a named pipe (FIFO)\n`);
});

/** `sh -c <script>`, in which `teleguest` runs the compiled CLI, so the shell does the redirections. */
function shell(script: string, options: { input?: Buffer; env?: NodeJS.ProcessEnv } = {}): { stdout: string; stderr: string } {
  const run = spawnSync('sh', ['-c', `teleguest() { "$NODE" "$CLI" "$@"; }; ${script}`], {
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ...options.env, NODE: process.execPath, CLI: cli },
  });
  return { stdout: run.stdout, stderr: run.stderr };
}

Pipes('says in one line that standard output cannot be written, and exits 2, when it is full (> /dev/full)', () => {
  const { dir } = tempDir();
  for (const args of [
    `estimate "${counts}" --model "${model}"`,
    `estimate "${counts}" --model "${model}" --json --out "${join(dir, 'out')}"`,
    `convert "${counts}" -`,
    '--help',
    '--version',
  ]) {
    const { stdout, stderr } = shell(`teleguest ${args} > /dev/full; echo "exit $?"`);
    assert.is(stdout, 'exit 2\n', args);
    // One line, no stack trace.
    assert.is(stderr, 'teleguest: standard output: cannot write: no space left on the device\n', args);
  }
});

Pipes('exits as it would have when stderr cannot be written to (2>/dev/full): 2 for bad input, 0 for a run with notes', () => {
  const missing = shell(`teleguest estimate "${counts}" --model no-such-model.json 2>/dev/full; echo "exit $?"`);
  assert.equal(missing, { stdout: 'exit 2\n', stderr: '' });
  const usage = shell(`teleguest estimate --no-such-option 2>/dev/full; echo "exit $?"`);
  assert.equal(usage, { stdout: 'exit 2\n', stderr: '' });
  const { write } = tempDir();
  // An extra column is ignored with a note, which is lost.
  const extra = write('counts.csv', 'date,area,devices,operator\n2024-01-01,3320,100,x\n2024-01-02,3320,120,x\n');
  const noted = shell(`teleguest estimate "${extra}" --model "${model}" --json 2>/dev/full > /dev/null; echo "exit $?"`);
  assert.equal(noted, { stdout: 'exit 0\n', stderr: '' });
});

Pipes('names the copy of standard input when it cannot be written, exits 2, and leaves no copy behind', () => {
  const { dir } = tempDir();
  // A file-size limit of a few blocks makes the copy fail half-way (EFBIG), as a full disk
  // would, without a full disk; the ignored SIGXFSZ leaves that to the write's error.
  const { stdout, stderr } = shell(`trap '' XFSZ; ulimit -f 8; teleguest estimate - --model "${model}"; echo "exit $?"`, {
    input: readFileSync(counts),
    env: { TMPDIR: dir },
  });
  assert.is(stdout, 'exit 2\n');
  assert.match(stderr, new RegExp(`^teleguest: ${dir}/teleguest-stdin-\\w{6}/stdin: cannot write: the file is larger than the system allows\\n$`));
  assert.equal(readdirSync(dir), []);
});

Pipes.run();
