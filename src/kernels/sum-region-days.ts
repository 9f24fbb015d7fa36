/**
 * Sum the area rows of a grid into its last row (the region). A day with any area missing (NaN)
 * stays NaN: the region counts only days on which every area was observed. Areas are added in
 * row order.
 *
 * @example
 * const grid = Float64Array.of(1, 2, NaN,  10, 20, 30,  0, 0, 0); // 2 areas × 3 days + region
 * sumRegionDays(grid, 2, 3);
 * grid.subarray(6); // [11, 22, NaN]
 */
export function sumRegionDays(devices: Float64Array, areaCount: number, dayCount: number): void {
  const region = areaCount * dayCount;
  devices.fill(0, region, region + dayCount);
  // Row by row rather than day by day: each row is read sequentially, and NaN + x stays NaN.
  for (let area = 0; area < areaCount; area++) {
    const row = area * dayCount;
    for (let day = 0; day < dayCount; day++) devices[region + day]! += devices[row + day]!;
  }
}
