/**
 * Pearson's correlation coefficient of two equally long series, computed from deviations from
 * the means (two passes; the one-pass sum-of-squares formula loses digits on series in the
 * millions). NaN with fewer than two pairs or when either series is constant.
 *
 * @example
 * pearson(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7)); // 0.9933992677987828
 */
export function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return NaN;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? NaN : covariance / Math.sqrt(varianceX * varianceY);
}
