const { estimateFile } = await import('/work/main/dist/src/pipeline/estimate-file.js');
const { dailyParquet } = await import('/work/main/dist/src/write/daily-parquet.js');
const { formatDailyCsv } = await import('/work/main/dist/src/write/format-daily-csv.js');
const { dailyTable } = await import('/work/main/dist/src/write/daily-table.js');
const { tableToIPC } = await import('/work/main/node_modules/apache-arrow/Arrow.node.mjs');
const { result } = await estimateFile('/tmp/nat/daily.csv', '/tmp/nat/model.json', { daily: true });
const r = { ...result, daily: result.daily };
const time = (name, f) => { const t = performance.now(); let n = 0; for (const c of f()) n += c.length; console.log(name, (performance.now() - t).toFixed(0), 'ms', n); };
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'parquet') { const p = await dailyParquet(r); time('parquet', () => p); }
if (which === 'all' || which === 'csv') time('csv', () => formatDailyCsv(r));
if (which === 'all' || which === 'arrow') time('arrow', () => [tableToIPC(dailyTable(r))]);
