import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DUPLICATE, FIRST, MISSING_PART, placeCell } from '../../src/grid/place-cell.js';
import type { OnDuplicate } from '../../src/grid/count-grid.js';

const PlaceCell = suite('placeCell');

/** One cell given `values` in turn: what each placing said, and the cell after. */
function place(values: number[], onDuplicate: OnDuplicate) {
  const grid = Float64Array.of(NaN);
  const seen = new Uint8Array(1);
  const placed = values.map((value) => placeCell(grid, seen, 0, value, onDuplicate));
  return { placed, cell: grid[0] };
}

PlaceCell('sums observed duplicates', () => {
  // 5 + 2 = 7.
  assert.equal(place([5, 2], 'sum'), { placed: [FIRST, DUPLICATE], cell: 7 });
});

PlaceCell('makes a sum with a blank or suppressed part missing, whichever row is blank, and says so', () => {
  // 100 + blank: missing, never 100 (a blank is a missing observation, not zero).
  assert.equal(place([100, NaN], 'sum'), { placed: [FIRST, MISSING_PART], cell: NaN });
  // blank + 150: missing, never 150.
  assert.equal(place([NaN, 150], 'sum'), { placed: [FIRST, MISSING_PART], cell: NaN });
  // 5, blank, 7: missing; each meeting of an observed part and a missing sum is told (the caller counts the cell once).
  assert.equal(place([5, NaN, 7], 'sum'), { placed: [FIRST, MISSING_PART, MISSING_PART], cell: NaN });
});

PlaceCell('does not tell a sum of blanks only: that cell was missing anyway', () => {
  assert.equal(place([NaN, NaN], 'sum'), { placed: [FIRST, DUPLICATE], cell: NaN });
});

PlaceCell('keeps the later row under last, a blank one too', () => {
  // The later row is blank: the cell is missing.
  assert.equal(place([100, NaN], 'last'), { placed: [FIRST, DUPLICATE], cell: NaN });
  // The later row is observed: its value.
  assert.equal(place([NaN, 150], 'last'), { placed: [FIRST, DUPLICATE], cell: 150 });
});

PlaceCell.run();
