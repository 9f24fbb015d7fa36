import { applyModel, type ModelColumns, type ModelNumbers } from './apply-model.js';

/** The grid's columns as shared buffers: what a task carries to a worker without copying. */
export interface SharedGrid {
  devices: SharedArrayBuffer;
  /** Σ deductions per cell. */
  deductions: SharedArrayBuffer;
  /** Persons per cell, when segments have uplifts of their own. */
  present?: SharedArrayBuffer;
  stats: SharedArrayBuffer;
  /** Sums per row and season or day type. */
  groups: SharedArrayBuffer;
  /** Present when daily outputs are wanted. */
  daily?: { persons: SharedArrayBuffer; guestNights: SharedArrayBuffer };
}

/** Apply the model to a range of grid rows. */
export interface ModelTask {
  grid: SharedGrid;
  numbers: ModelNumbers;
  rowFrom: number;
  rowTo: number;
}

/**
 * Run a model task, on rows whose deductions are all laid in the grid: what the worker shim runs
 * (the inline path hands `applyModel` each row as its deductions are laid, `rowColumns`).
 *
 * @example
 * runModelTask({ grid, numbers, rowFrom: 0, rowTo: 7 });
 */
export function runModelTask(task: ModelTask): void {
  const { grid } = task;
  applyModel({ ...modelColumnsOf(grid), deductions: new Float64Array(grid.deductions) }, task.numbers, task.rowFrom, task.rowTo);
}

/**
 * The typed arrays `applyModel` works on, over a shared grid's buffers, but the deductions (which
 * the inline path hands over a row at a time).
 *
 * @example
 * applyModel({ ...modelColumnsOf(grid), deductions }, numbers, 0, 7);
 */
export function modelColumnsOf(grid: Omit<SharedGrid, 'deductions'>): Omit<ModelColumns, 'deductions'> {
  return {
    devices: new Float64Array(grid.devices),
    present: grid.present && new Float64Array(grid.present),
    stats: new Float64Array(grid.stats),
    groups: new Float64Array(grid.groups),
    daily: grid.daily && { persons: new Float64Array(grid.daily.persons), guestNights: new Float64Array(grid.daily.guestNights) },
  };
}
