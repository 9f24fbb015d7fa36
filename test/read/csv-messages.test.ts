import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readCountsCsv } from '../../src/read/read-counts-csv.js';
import { tempDir } from '../helpers/temp-dir.js';

const CsvMessages = suite('CSV errors point at the right place, on one line');

const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => {
      assert.instance(error, InputError);
      const { message } = error as Error;
      assert.not.match(message, /[\n\r]/, 'one line');
      return message;
    },
  );

CsvMessages('reports an unclosed quote at the line and field where it opens, past a blank line', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,3320,1\n\n2024-01-02,"3320,2\n2024-01-03,3320,3\n');
  assert.is(await messageOf(readCounts(file)), `${file}:4:2 (area): the quote (") that opens this field is never closed`);
});

CsvMessages('finds the opening quote past a doubled quote and blanks, in a ; file', async () => {
  const file = tempDir().write('counts.csv', 'date;area;devices\n2024-01-01;"Nes ""A""";1\n2024-01-02;  "3320;2\n');
  assert.is(await messageOf(readCountsCsv(file)), `${file}:3:2 (area): the quote (") that opens this field is never closed`);
});

CsvMessages('says in its own words that a quoted field goes on after its closing quote', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,"33"20,1\n');
  assert.is(await messageOf(readCountsCsv(file)), `${file}:2: a quoted field goes on after its closing quote; write "" for a quote inside quotes`);
});

CsvMessages('refuses a file whose lines end with CR alone, in a short message', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\r2024-01-01,3320,1\r2024-01-02,3320,2\r');
  assert.is(
    await messageOf(readCounts(file)),
    `${file}:1: lines end with CR alone (old Mac Excel); save the file as CSV with Windows (CR LF) or Unix (LF) line endings`,
  );
});

CsvMessages('quotes a devices cell with a line break on one line, at the line where its record starts', async () => {
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,3320,"1\n2"\n');
  assert.is(
    await messageOf(readCounts(file)),
    `${file}:2:3 (devices): expected a number ≥ 0 (1234.5), a blank cell or a suppression marker (<n .. : -), got "1\\n2"`,
  );
  // Lines 1 and 2 end CR LF; the record on line 3 goes on to line 4.
  const crlf = tempDir().write('counts.csv', 'date,area,devices\r\n2024-01-01,3320,1\r\n2024-01-02,3320,"1\r\n2"\r\n');
  assert.is(
    await messageOf(readCounts(crlf)),
    `${crlf}:3:3 (devices): expected a number ≥ 0 (1234.5), a blank cell or a suppression marker (<n .. : -), got "1\\r\\n2"`,
  );
});

CsvMessages('locates the rows after a record with a quoted line break at their own lines', async () => {
  // Line 2 goes on to line 3, line 4 is blank, line 5 is a row.
  const file = tempDir().write('counts.csv', 'date,area,devices\n2024-01-01,3320,"1\n2"\n\n2024-01-02,3320,x\n2024-01-03,3320,5\n');
  const rejected: number[] = [];
  await readCounts(file, { onReject: (row) => rejected.push(row.line) });
  assert.equal(rejected, [2, 5]);
});

CsvMessages('locates megabytes of NUL bytes after valid rows, near the start and past the sniffed part', async () => {
  const { write } = tempDir();
  const near = write('near.csv', Buffer.concat([Buffer.from('date,area,devices\n2024-01-01,3320,1\n'), Buffer.alloc(3_000_000)]));
  assert.is(
    await messageOf(readCounts(near)),
    `${near}:3:1: NUL bytes from here on: the file is binary, or was padded with zeros (a crash or a full disk while it was written)`,
  );
  // 4 000 rows of 19 bytes (76 000 bytes) pass the 64 KiB the sniffer reads; the zeros form one line longer than 1 MiB.
  const rows = '2024-01-01,3320,1\n'.repeat(4000);
  const far = write('far.csv', Buffer.concat([Buffer.from(`date,area,devices\n${rows}`), Buffer.alloc(3_000_000)]));
  assert.is(await messageOf(readCountsCsv(far)), `${far}:4002: a line longer than 1048576 bytes: a quote left open, or the file is not CSV text`);
  // A short run of zeros: the row names it.
  const short = write('short.csv', Buffer.concat([Buffer.from(`date,area,devices\n${rows}`), Buffer.alloc(100), Buffer.from('\n')]));
  assert.is(
    await messageOf(readCountsCsv(short)),
    `${short}:4002:1: NUL bytes: the file is binary from here on, or was padded with zeros (a crash or a full disk while it was written)`,
  );
});

CsvMessages('refuses a 100 MB area name at the line-length limit without reading it all into a message', async () => {
  const file = tempDir().write(
    'counts.csv',
    Buffer.concat([Buffer.from('date,area,devices,area_name\n2024-01-01,3320,1,'), Buffer.alloc(100 * 1024 * 1024, 'x'), Buffer.from('\n')]),
  );
  assert.is(await messageOf(readCounts(file)), `${file}:2: a line longer than 1048576 bytes: a quote left open, or the file is not CSV text`);
});

CsvMessages.run();
