import { DuckDBInstance } from '@duckdb/node-api';

/**
 * Run SQL in a fresh in-memory DuckDB with one thread and extension loading switched off, so a
 * query on a Parquet file proves DuckDB reads it with what it is built with: no extension fetched
 * or loaded. Returns the rows as plain JavaScript values (BIGINT as bigint, DOUBLE as number).
 */
export async function queryDuckDb(...statements: string[]): Promise<Array<Record<string, unknown>>> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    let rows: Array<Record<string, unknown>> = [];
    for (const sql of statements) rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    return rows;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A path as a SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
