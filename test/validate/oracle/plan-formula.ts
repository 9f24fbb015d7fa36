/**
 * The Hallingdal strategic plan's formula on daily counts: persons = devices × (1 + uplift), less
 * the residents and fixed deductions; each day's figure is taken as that evening's guest-nights.
 * Municipality rows deduct their registered residents; the region's row sums the municipalities'
 * devices and deducts all residents and `otherDeductions` (the plan: 1 000 each for external
 * workers, through-traffic and day-trippers). Rows: municipalities, then the region (the
 * simulator's layout).
 *
 * @example
 * // One area, one day: 30 000 devices × 1.06 − 20 000 residents − 3 000 = 8 800.
 * planFormula(Float64Array.of(30_000), [20_000], 1, { uplift: 0.06, otherDeductions: 3_000 }); // [11 800, 8 800]
 */
export function planFormula(
  daily: Float64Array,
  residents: readonly number[],
  dayCount: number,
  options: { uplift: number; otherDeductions: number },
): Float64Array {
  const areaCount = residents.length;
  const factor = 1 + options.uplift;
  const nights = new Float64Array((areaCount + 1) * dayCount);
  const allResidents = residents.reduce((sum, count) => sum + count, 0);
  for (let day = 0; day < dayCount; day++) {
    let devices = 0;
    for (let area = 0; area < areaCount; area++) {
      const count = daily[area * dayCount + day]!;
      devices += count;
      nights[area * dayCount + day] = count * factor - residents[area]!;
    }
    nights[areaCount * dayCount + day] = devices * factor - allResidents - options.otherDeductions;
  }
  return nights;
}

/**
 * The plan's formula on a region-level count of unique devices per day: only the region's row
 * (the municipality rows are NaN).
 *
 * @example
 * planFormulaOnRegion(Float64Array.of(30_000), 20_000, 1, 1, { uplift: 0.06, otherDeductions: 3_000 }); // [NaN, 8 800]
 */
export function planFormulaOnRegion(
  regionDaily: Float64Array,
  allResidents: number,
  areaCount: number,
  dayCount: number,
  options: { uplift: number; otherDeductions: number },
): Float64Array {
  const nights = new Float64Array((areaCount + 1) * dayCount).fill(NaN);
  for (let day = 0; day < dayCount; day++)
    nights[areaCount * dayCount + day] = regionDaily[day]! * (1 + options.uplift) - allResidents - options.otherDeductions;
  return nights;
}
