import { parseDay } from '../clock/day-number.js';
import { codeHistory } from './code-history.js';

// from, to, valid from, name under the new code. Sources: Statistics Norway's classification
// of municipalities (KLASS 131, "Standard for kommuneinndeling"), the county reforms of
// 2020-01-01 (Buskerud into Viken, 06xx → 30xx) and 2024-01-01 (Viken split, Buskerud again,
// 30xx → 33xx). Nes took the name Nesbyen with its new code in 2020 (decided by the King in
// Council in September 2019, so that Viken would not have two municipalities named Nes:
// kommunal-rapport.no/politikk/2019/09/nes-kommune-far-nytt-navn).
const CHANGES: Array<[string, string, string, string]> = [
  ['0615', '3039', '2020-01-01', 'Flå'],
  ['0616', '3040', '2020-01-01', 'Nesbyen'],
  ['0617', '3041', '2020-01-01', 'Gol'],
  ['0618', '3042', '2020-01-01', 'Hemsedal'],
  ['0619', '3043', '2020-01-01', 'Ål'],
  ['0620', '3044', '2020-01-01', 'Hol'],
  ['3039', '3320', '2024-01-01', 'Flå'],
  ['3040', '3322', '2024-01-01', 'Nesbyen'],
  ['3041', '3324', '2024-01-01', 'Gol'],
  ['3042', '3326', '2024-01-01', 'Hemsedal'],
  ['3043', '3328', '2024-01-01', 'Ål'],
  ['3044', '3330', '2024-01-01', 'Hol'],
];

/**
 * The code changes teleguest knows without a file: the six Hallingdal municipalities since
 * 2019 (the region of the seed plans and the fixture). For other regions, read SSB's changes
 * with `readCodeHistory`.
 *
 * @example
 * currentArea(BUILT_IN_CODE_HISTORY, '0620'); // { code: '3330', name: 'Hol' }
 */
export const BUILT_IN_CODE_HISTORY = codeHistory(
  CHANGES.map(([fromCode, toCode, validFrom, toName]) => ({ fromCode, toCode, validFrom: parseDay(validFrom)!, toName })),
  'built-in code history',
);
