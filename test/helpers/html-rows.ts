/**
 * The rows of every table in an HTML text, as arrays of cell texts (tags stripped, entities and
 * no-break spaces turned back into plain characters), for tests that read a report's tables.
 */
export function htmlRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
    [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell]) =>
      cell!
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/[\u00a0\u202f]/g, ' '),
    ),
  );
}
