import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILT_IN_CODE_HISTORY } from '../../src/areas/built-in-code-history.js';
import { currentArea } from '../../src/areas/code-history.js';

const BuiltIn = suite('BUILT_IN_CODE_HISTORY');

// Expected codes and names written out by hand from SSB's KLASS 131 change list (the rows
// named in src/areas/klass-131-changes.ts), one reform or more from each county of 2019.
const now = (code: string) => currentArea(BUILT_IN_CODE_HISTORY, code);

BuiltIn('takes a municipality of each county of 2019 to its code of 2024', () => {
  const expected: Array<[string, string, string, string]> = [
    // [county of 2019, old code, code now, name now]
    ['Østfold', '0124', '3118', 'Indre Østfold'], // Askim → 3014 (2020) → 3118 (2024)
    ['Akershus', '0231', '3205', 'Lillestrøm'], // Skedsmo → 3030 (2020) → 3205 (2024)
    ['Hedmark', '0403', '3403', 'Hamar'], // Innlandet, 2020
    ['Oppland', '0501', '3405', 'Lillehammer'], // Innlandet, 2020
    ['Buskerud', '0625', '3301', 'Drammen'], // Nedre Eiker → 3005 Drammen (2020) → 3301 (2024)
    ['Vestfold', '0704', '3905', 'Tønsberg'], // → 3803 (2020) → 3905 (2024)
    ['Telemark', '0822', '4020', 'Midt-Telemark'], // Sauherad → 3817 (2020) → 4020 (2024)
    ['Aust-Agder', '0906', '4203', 'Arendal'], // Agder, 2020
    ['Vest-Agder', '1018', '4204', 'Kristiansand'], // Søgne, merged 2020
    ['Rogaland', '1129', '1108', 'Sandnes'], // Forsand, merged 2020
    ['Hordaland', '1201', '4601', 'Bergen'], // Vestland, 2020
    ['Sogn og Fjordane', '1401', '4602', 'Kinn'], // Flora, merged with 1439 Vågsøy 2020
    ['Møre og Romsdal', '1545', '1506', 'Molde'], // Midsund, merged 2020
    ['Trøndelag', '5030', '5001', 'Trondheim'], // Klæbu, merged 2020
    ['Nordland', '1854', '1806', 'Narvik'], // Ballangen, merged 2020
    ['Troms', '1902', '5501', 'Tromsø'], // → 5401 (2020) → 5501 (2024)
    ['Finnmark', '2017', '5603', 'Hammerfest - Hámmerfeasta'], // Kvalsund → 5406 (2020) → 5603 (2024)
  ];
  for (const [county, code, today, name] of expected) assert.equal(now(code), { code: today, name }, `${county}: ${code}`);
});

BuiltIn('knows the 2024 codes of Viken, Vestfold og Telemark, and Troms og Finnmark', () => {
  assert.equal(now('3001'), { code: '3101', name: 'Halden' });
  assert.equal(now('3024'), { code: '3201', name: 'Bærum' });
  assert.equal(now('3040'), { code: '3322', name: 'Nesbyen' });
  assert.equal(now('3803'), { code: '3905', name: 'Tønsberg' });
  assert.equal(now('3807'), { code: '4003', name: 'Skien' });
  assert.equal(now('5401'), { code: '5501', name: 'Tromsø' });
  assert.equal(now('5403'), { code: '5601', name: 'Alta' });
});

BuiltIn('joins every part of a merge on one code', () => {
  // 1601 Trondheim → 5001 (2018); 1662 Klæbu → 5030 (2018) → 5001 (2020).
  assert.equal(
    ['1601', '1662', '5030'].map((code) => now(code)?.code),
    ['5001', '5001', '5001'],
  );
  // Indre Østfold (2020): 0122 Trøgstad, 0123 Spydeberg, 0124 Askim, 0125 Eidsberg, 0138 Hobøl.
  assert.equal(
    ['0122', '0123', '0124', '0125', '0138'].map((code) => now(code)?.code),
    ['3118', '3118', '3118', '3118', '3118'],
  );
  // 1141 Finnøy and 1142 Rennesøy joined 1103 Stavanger, which kept its code (2020).
  for (const code of ['1141', '1142', '1103']) assert.equal(now(code), { code: '1103', name: 'Stavanger' }, code);
});

BuiltIn('follows a chain over three reforms and the years between them', () => {
  // 0719 Andebu → 0710 Sandefjord (2017) → 3804 (2020) → 3907 (2024); 1567 Rindal → 5061 (2019).
  for (const code of ['0719', '0706', '0710', '3804']) assert.equal(now(code), { code: '3907', name: 'Sandefjord' }, code);
  assert.equal(now('1567'), { code: '5061', name: 'Rindal' });
});

BuiltIn('leaves a code that split as it is, and codes that never changed unknown', () => {
  // 1507 Ålesund split in 2024 into 1508 Ålesund and 1580 Haram: the 2020 merge into 1507 is followed, no further.
  assert.equal(now('1534'), { code: '1507', name: 'Ålesund' });
  assert.equal(now('1507'), { code: '1507', name: 'Ålesund' });
  // 1613 Snillfjord → 5012 (2018), which split in 2020 into 5055 Heim, 5056 Hitra, 5059 Orkland.
  assert.equal(now('1613'), { code: '5012', name: 'Snillfjord' });
  // 0720 Stokke (2017: 0704 Tønsberg, 0710 Sandefjord) and 1850 Tysfjord (2020: 1806 Narvik, 1875 Hamarøy).
  for (const code of ['0720', '1850', '1508', '1580', '0301']) assert.is(now(code), undefined, code);
});

BuiltIn.run();
