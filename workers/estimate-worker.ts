/**
 * Piscina worker shim: the pool calls these by name (`{ name: 'model' }`); they are the very
 * functions the inline path calls, working on the shared buffers in place (and `scanPart`, which
 * reads a part of a CSV file and sends its columns back).
 */
export { runModelTask as model } from '../src/kernels/tasks.js';
export { runDrawPieces as drawPieces, runDrawParametersTask as drawParameters } from '../src/kernels/draw-tasks.js';
export { runHourTask as hours, runRegionHourTask as regionHours } from '../src/kernels/hour-tasks.js';
export { scanCountsPart as scanPart } from '../src/read/scan-counts-csv.js';
