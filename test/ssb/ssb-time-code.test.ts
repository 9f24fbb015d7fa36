import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTimeCode } from '../../src/ssb/ssb-time-code.js';

const ParseTimeCode = suite('parseTimeCode');

ParseTimeCode('reads years, months and quarters as StatBank writes them', () => {
  assert.equal(parseTimeCode('2024'), { kind: 'year', year: 2024, label: '2024' });
  assert.equal(parseTimeCode('2024M01'), { kind: 'month', year: 2024, part: 1, label: '2024-01' });
  assert.equal(parseTimeCode('2024M12'), { kind: 'month', year: 2024, part: 12, label: '2024-12' });
  assert.equal(parseTimeCode('2024K1'), { kind: 'quarter', year: 2024, part: 1, label: '2024-Q1' });
  assert.equal(parseTimeCode('2024Q4'), { kind: 'quarter', year: 2024, part: 4, label: '2024-Q4' });
});

ParseTimeCode('refuses what is not a period', () => {
  for (const code of ['2024M13', '2024M00', '2024M1', '2024K5', '24', '2024-01', ' 2024', '2024U01']) assert.is(parseTimeCode(code), undefined, code);
});

ParseTimeCode.run();
