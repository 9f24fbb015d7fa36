import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { COMMAND_HELP } from '../../src/cli/command-help.js';
import { COMMAND_NAMES, COMMAND_OPTIONS } from '../../src/cli/command-options.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const Strict = suite('each command takes only its own options');

// An option each command does not use, and what it did before it was refused: ignored, or worse.
const NOT_TAKEN: Record<string, string[]> = {
  estimate: ['estimate', counts, '--model', model, '--lang', 'nn'],
  peak: ['peak', counts, '--model', model, '--out', 'd'],
  report: ['report', counts, '--model', model, '--html', 'r.html', '--csv-dialect', 'excel-nb'],
  compare: ['compare', counts, '--model', model, '--ssb', 's.json', '--draws', '100'],
  convert: ['convert', counts, 'x.arrow', '--model', model],
  simulate: ['simulate', '--scenario', 's.json', '--out', 'd', '--model', model],
  validate: ['validate', '--scenario', 's.json', '--html', 'r.html'],
};

Strict('refuses, on every command, an option the command does not use, naming its options', () => {
  for (const command of COMMAND_NAMES) {
    const args = NOT_TAKEN[command]!;
    const { code, stdout, stderr } = teleguest(...args);
    assert.is(code, 2, `${command}: ${stderr}`);
    assert.is(stdout, '');
    const option = args.find((arg) => arg.startsWith('--') && !Object.hasOwn(COMMAND_OPTIONS[command], arg.slice(2)))!;
    assert.ok(stderr.startsWith(`teleguest: ${command} does not take ${option}`), stderr);
    assert.match(stderr, `its options are --quiet, --help`);
  }
});

Strict('says which command an option belongs to, and what was likely meant for a typo', () => {
  const elsewhere = teleguest('estimate', counts, '--model', model, '--top', '3');
  assert.is(elsewhere.code, 2);
  assert.match(elsewhere.stderr, 'estimate does not take --top (it is for peak)');
  const typo = teleguest('estimate', counts, '--model', model, '--wokers', '2');
  assert.is(typo.code, 2);
  assert.match(typo.stderr, 'estimate does not take --wokers (did you mean --workers?)');
  const command = teleguest('estimat', counts);
  assert.is(command.code, 2);
  assert.match(command.stderr, 'unknown command "estimat" (did you mean estimate?)');
});

Strict('refuses a flag given a value, an option without one and an empty file name', () => {
  assert.match(teleguest('estimate', counts, '--model', model, '--json=yes').stderr, '--json takes no value, got "yes"');
  assert.match(teleguest('estimate', counts, '--model').stderr, '--model needs a value');
  const empty = teleguest('estimate', counts, '--model', model, '--rejects', '');
  assert.is(empty.code, 2);
  assert.match(empty.stderr, '--rejects needs a file name, got ""');
  assert.is(teleguest('report', counts, '--model', model, '--html', '').code, 2);
});

Strict('refuses an option given two values, and takes a flag or the same value twice', () => {
  const twice = teleguest('estimate', counts, '--model', 'other.json', '--model', model);
  assert.is(twice.code, 2);
  assert.is(twice.stderr, `teleguest: --model is given twice, as "other.json" and "${model}"; give it once\nRun teleguest --help for usage.\n`);
  const same = teleguest('estimate', counts, '--model', model, '--model', model, '-q', '--quiet', '--json');
  assert.is(same.code, 0);
  assert.is(same.stderr, '');
  assert.is(JSON.parse(same.stdout).model.name, 'Hallingdal');
});

Strict('honours on peak and compare the options they take, such as --on-duplicate', () => {
  // Before, peak took --on-duplicate without using it and stopped at the first duplicate.
  const { code, stderr } = teleguest('peak', counts, '--model', model, '--on-duplicate', 'sum', '--json');
  assert.is(code, 0, stderr);
});

Strict.run();

const Help = suite('help for each command');

Help('help <command> and <command> --help print the same text, which lists exactly the options the command takes', () => {
  for (const command of COMMAND_NAMES) {
    const viaHelp = teleguest('help', command);
    assert.is(viaHelp.code, 0);
    assert.equal(teleguest(command, '--help'), viaHelp);
    assert.is(viaHelp.stdout, `${COMMAND_HELP[command]}\n`);
    const listed = new Set([...viaHelp.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1]));
    listed.add('--help');
    assert.equal(
      [...listed].sort(),
      Object.keys(COMMAND_OPTIONS[command])
        .map((name) => `--${name}`)
        .sort(),
      command,
    );
  }
});

Help('-V prints the version as --version does, and help on an unknown command is refused', () => {
  const version = teleguest('--version');
  assert.is(version.code, 0);
  assert.equal(teleguest('-V'), version);
  assert.is(teleguest('help', 'constructor').code, 2);
  assert.is(teleguest('constructor', '--help').code, 2);
});

Help.run();
