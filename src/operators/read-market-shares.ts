import { readFile } from 'node:fs/promises';
import { fileError, InputError } from '../errors.js';
import type { MarketShares } from './market-shares.js';

/**
 * Read market shares from a JSON file: `{ operator: { area: share | { year: share } } }`.
 * The shape is checked here, at the edge, with the JSON path of anything wrong; whether every
 * operator, area and year has a share is checked by `resolveShares` against the counts.
 *
 * @example
 * // shares.json: { "telia": { "3320": 0.42 }, "telenor": { "3320": { "2023": 0.35, "2024": 0.36 } } }
 * const shares = await readMarketShares('shares.json');
 * shares.telia['3320']; // 0.42
 */
export async function readMarketShares(file: string): Promise<MarketShares> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError('E_JSON', `not valid JSON: ${(error as Error).message}`, { file });
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(document)) throw new InputError('E_SHARE', 'market shares must be an object of operators', { file, path: '' });
  for (const [operator, byArea] of Object.entries(document)) {
    if (!isObject(byArea)) throw new InputError('E_SHARE', "an operator's shares must be an object of area codes", { file, path: operator });
    for (const [area, share] of Object.entries(byArea)) {
      if (typeof share === 'number') continue;
      if (!isObject(share)) throw new InputError('E_SHARE', 'a share must be a number, or an object of years', { file, path: `${operator}.${area}` });
      for (const [year, value] of Object.entries(share)) {
        if (!/^\d{4}$/.test(year))
          throw new InputError('E_SHARE', `a year must have four digits, got "${year}"`, { file, path: `${operator}.${area}.${year}` });
        if (typeof value !== 'number')
          throw new InputError('E_SHARE', `a share must be a number, got ${JSON.stringify(value)}`, { file, path: `${operator}.${area}.${year}` });
      }
    }
  }
  return document as MarketShares;
}
