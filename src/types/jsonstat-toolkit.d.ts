/**
 * Type declarations for the parts of jsonstat-toolkit (2.x, https://jsonstat.com) that teleguest
 * uses; the package ships none. `JSONstat(object)` normalises a JSON-stat 2.0 response: category
 * `index` given as an array or an object becomes an object, `dimension.id` lists categories in
 * index order (not key order), and a sparse `value` or `status` object becomes a dense array with
 * null where nothing was given.
 */
declare module 'jsonstat-toolkit' {
  /** A category-level view of one dimension. */
  export interface JsonStatCategory {
    label: string | null;
  }

  /** One dimension of a dataset. */
  export interface JsonStatDimension {
    class: 'dimension';
    label: string | null;
    /** Category codes in index order. */
    id: string[];
    length: number;
    Category(id: string | number): JsonStatCategory | null;
  }

  /** A JSON-stat dataset (other classes, bundles and collections, are refused by teleguest). */
  export interface JsonStatDataset {
    class: 'dataset' | 'bundle' | 'collection' | 'dimension' | null;
    label: string | null;
    /** Dimension ids in the order of the value array's strides. */
    id: string[];
    length: number;
    size: number[];
    /** Dense, row-major (last dimension fastest), null where no value was given; null itself when none was. */
    value: Array<number | null> | null;
    /** Dense like `value`, or null when the document has no status. */
    status: Array<string | null> | null;
    role: { time?: string[] | null; geo?: string[] | null; metric?: string[] | null } | null;
    Dimension(id: string | number): JsonStatDimension | null;
  }

  /** Read a parsed JSON-stat document (the URL form, which fetches, is not used here). */
  export default function JSONstat(document: object): JsonStatDataset;
}
