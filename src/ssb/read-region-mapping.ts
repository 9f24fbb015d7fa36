import { InputError, showValue } from '../errors.js';
import { MAX_MODEL_BYTES, readInputFile } from '../read/read-input-file.js';
import { parseJson } from '../read/parse-json.js';

/** SSB's region codes (tourism regions) and the areas of the counts that make up each. */
export interface RegionMapping {
  file: string;
  regions: Map<string, string[]>;
}

/**
 * Read `--regions`: a JSON object from an SSB region code to the area codes it is made of,
 * `{ "<ssbRegion>": ["3320", "3322", …] }`. Since 2024 SSB publishes commercial guest-nights by
 * tourism region rather than by municipality, so the telecom side is added up over these areas.
 * Codes are text. An area may belong to one region only.
 *
 * @example
 * const { regions } = await readRegionMapping('fixtures/ssb/regions.json');
 * regions.get('3399'); // ['3320', '3322', '3324', '3326', '3328', '3330'] (3399 is an example code)
 */
export async function readRegionMapping(file: string): Promise<RegionMapping> {
  const text = (await readInputFile(file, '--regions', MAX_MODEL_BYTES)).toString('utf8');
  const parsed = parseJson(text.replace(/^\uFEFF/, ''), file);
  const fail = (path: string, problem: string): never => {
    throw new InputError('E_REGIONS', problem, { file, path });
  };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return fail('(root)', 'expected an object { "<SSB region code>": ["<area code>", …] }');
  const regions = new Map<string, string[]>();
  const regionOfArea = new Map<string, string>();
  for (const [region, areas] of Object.entries(parsed)) {
    if (!Array.isArray(areas) || areas.length === 0) fail(JSON.stringify(region), 'expected a non-empty list of area codes');
    (areas as unknown[]).forEach((area, index) => {
      const path = `${JSON.stringify(region)}[${index}]`;
      if (typeof area !== 'string' || area === '') fail(path, `expected an area code as text ("0301" keeps its zero), got ${showValue(JSON.stringify(area))}`);
      const other = regionOfArea.get(area as string);
      if (other !== undefined) fail(path, `area ${area} is already in region ${other}`);
      regionOfArea.set(area as string, region);
    });
    regions.set(region, areas as string[]);
  }
  return { file, regions };
}
