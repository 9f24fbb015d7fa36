import { parseDay } from '../clock/day-number.js';
import { codeHistory } from './code-history.js';
import { KLASS_131_CHANGES } from './klass-131-changes.js';

/**
 * The code changes teleguest knows without a file: every renumbering and merge of Norway's
 * municipalities from 2017-01-01 to 2024-01-01 in SSB's KLASS 131 (477 changes; the source and
 * its checks are named in `klass-131-changes.ts`), among them Trøndelag (2018, 16xx and 17xx
 * → 50xx), the regional reform of 2020 (1201 Bergen → 4601) and the county splits of 2024
 * (3001 Halden → 3101). A municipality that was split (0720 Stokke 2017, 1850 Tysfjord and
 * 5012 Snillfjord 2020, 1507 Ålesund 2024) keeps its code, as counts cannot be divided between
 * its parts; so counts under 1507 (2020–2023) and 1508 (2024) stay two areas. For other years
 * or changes, read SSB's changes with `readCodeHistory`.
 *
 * @example
 * currentArea(BUILT_IN_CODE_HISTORY, '0620'); // { code: '3330', name: 'Hol' }
 * currentArea(BUILT_IN_CODE_HISTORY, '1201'); // { code: '4601', name: 'Bergen' }
 */
export const BUILT_IN_CODE_HISTORY = codeHistory(
  KLASS_131_CHANGES.map(([fromCode, toCode, validFrom, toName]) => ({ fromCode, toCode, validFrom: parseDay(validFrom)!, toName })),
  'built-in code history',
);
