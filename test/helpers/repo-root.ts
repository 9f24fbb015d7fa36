import { fileURLToPath } from 'node:url';

/** The repository root: tests run compiled from dist/test/…, three folders below it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
