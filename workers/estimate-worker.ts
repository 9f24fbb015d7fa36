/**
 * Piscina worker shim: the pool calls these by name (`{ name: 'region' }`); they are the very
 * functions the inline path calls, working on the shared buffers in place.
 */
export { runRegionTask as region, runModelTask as model, runDrawTask as draws } from '../src/kernels/tasks.js';
export { runHourTask as hours, runRegionHourTask as regionHours } from '../src/kernels/hour-tasks.js';
