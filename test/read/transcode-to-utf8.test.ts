import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { transcodeToUtf8, type DetectedEncoding } from '../../src/read/transcode-to-utf8.js';
import type { TextEncoding } from '../../src/read/counts-layout.js';

const Transcode = suite('a CSV is turned into UTF-8, its encoding decided over the whole file');

/** The chunks through the stream; what came out, as text, and what it decided. */
async function through(chunks: Buffer[], encoding: TextEncoding | 'detect'): Promise<{ text: string; found: DetectedEncoding | undefined }> {
  let found: DetectedEncoding | undefined;
  const out = await buffer(Readable.from(chunks).pipe(transcodeToUtf8(encoding, (detected) => (found = detected))));
  return { text: out.toString('utf8'), found };
}

Transcode('reads Windows-1252 first met after a megabyte of ASCII, and says from which line', async () => {
  const ascii = Buffer.from('date,area,devices\n' + '2024-01-01,3320,1\n'.repeat(60_000));
  // 0xC5 is Å and 0x80 is € in Windows-1252 (and 0xC5 starts no UTF-8 sequence before a comma).
  const latin = Buffer.from([0x32, 0x30, 0x32, 0x34, 0x2c, 0xc5, 0x6c, 0x2c, 0x80, 0x0a]);
  const { text, found } = await through([ascii.subarray(0, 700_000), ascii.subarray(700_000), latin], 'detect');
  assert.ok(ascii.length > 1_000_000);
  assert.ok(text.endsWith('\n2024-01-01,3320,1\n2024,Ål,€\n'));
  assert.is(text.length, ascii.length + 10);
  assert.equal(found, { encoding: 'windows-1252', line: 60_002 });
});

Transcode('keeps UTF-8 as it is, even when a character is split between chunks', async () => {
  const bytes = Buffer.from('area_name\nÅl\nFlå\n', 'utf8');
  const at = bytes.indexOf(0xc3) + 1; // between the two bytes of Å
  const { text, found } = await through([bytes.subarray(0, at), bytes.subarray(at)], 'detect');
  assert.is(text, 'area_name\nÅl\nFlå\n');
  assert.equal(found, { encoding: 'utf-8', line: 2 });
});

Transcode('decodes what it is told: Latin-1 and Windows-1252 differ at 0x80, UTF-8 passes bytes through', async () => {
  const bytes = Buffer.from([0x80, 0xc5]);
  assert.is((await through([bytes], 'latin1')).text, '\u0080Å');
  assert.is((await through([bytes], 'windows-1252')).text, '€Å');
  assert.is((await through([bytes], 'utf-8')).text, '\ufffd\ufffd');
});

Transcode('takes a file that ends inside a UTF-8 sequence as Windows-1252, and an ASCII file as UTF-8', async () => {
  assert.equal(await through([Buffer.from('a\nb\xc3', 'latin1')], 'detect'), { text: 'a\nbÃ', found: { encoding: 'windows-1252', line: 2 } });
  assert.equal(await through([Buffer.from('a,b\n')], 'detect'), { text: 'a,b\n', found: { encoding: 'utf-8' } });
});

Transcode.run();
