import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderSimulationFiles, summarizeTruth, type SimulationFile } from '../../src/simulate/render-simulation-files.js';
import { simulateRegion } from '../../src/simulate/simulate-region.js';
import { emptyMunicipality, tinyScenario } from './tiny-scenario.js';

const Render = suite('renderSimulationFiles');
// Two residents in one municipality who never leave, from Saturday 26 to Monday 28 October 2024.
const result = simulateRegion(tinyScenario([emptyMunicipality('1', { residents: 2 })]), { seed: 1, from: '2024-10-26', to: '2024-10-28' });
const files = renderSimulationFiles(result);
const rows = (name: SimulationFile) => files[name]!.trimEnd().split('\n');

Render('writes the daily counts with their header, one row per day and municipality', () => {
  assert.equal(rows('daily.csv'), ['date,area,area_name,devices', '2024-10-26,1,Area 1,2', '2024-10-27,1,Area 1,2', '2024-10-28,1,Area 1,2']);
});

Render('writes 24 + 25 + 24 clock hours, 02 twice on the day the clocks go back', () => {
  const hourly = rows('hourly.csv');
  assert.is(hourly[0], 'date,hour,area,devices');
  assert.is(hourly.length, 1 + 24 + 25 + 24);
  assert.equal(
    hourly.filter((row) => row.startsWith('2024-10-27,02,')),
    ['2024-10-27,02,1,2', '2024-10-27,02,1,2'],
  );
});

Render('writes segments, the region unique count and the truth with the region last', () => {
  assert.equal(rows('daily-segments.csv').slice(0, 3), ['date,area,area_name,segment,devices', '2024-10-26,1,Area 1,home,2', '2024-10-26,1,Area 1,visitor,0']);
  assert.is(rows('hourly-segments.csv')[0], 'date,hour,area,segment,devices');
  assert.equal(rows('region-daily.csv').slice(0, 2), ['date,area,area_name,devices', '2024-10-26,region-unique,Tiny (unique devices),2']);
  const truth = rows('truth.csv');
  assert.is(
    truth[0],
    'night,area,area_name,guest_nights,residents,residents_present,residents_away,persons_at_night,devices_at_night,non_resident_workers,day_visitors,through_traffic,commuters_in',
  );
  assert.equal(truth.slice(1, 3), ['2024-10-26,1,Area 1,0,2,2,0,2,2,0,0,0,0', '2024-10-26,region,Tiny,0,2,2,0,2,2,0,0,0,0']);
});

Render('writes only the files asked for, and quotes a name holding a comma', () => {
  const named = simulateRegion(tinyScenario([emptyMunicipality('1', { residents: 2, name: 'Nes, Buskerud' })], { name: 'Tiny, varied' }), {
    seed: 1,
    from: '2024-10-26',
    to: '2024-10-26',
  });
  const some = renderSimulationFiles(named, ['daily.csv', 'region-daily.csv']);
  assert.equal(Object.keys(some), ['daily.csv', 'region-daily.csv']);
  assert.is(some['daily.csv'], 'date,area,area_name,devices\n2024-10-26,1,"Nes, Buskerud",2\n');
  assert.is(some['region-daily.csv'], 'date,area,area_name,devices\n2024-10-26,region-unique,"Tiny, varied (unique devices)",2\n');
});

Render('sums the truth: no guest-nights, 1 person per device, nobody away', () => {
  const summary = summarizeTruth(result);
  assert.is(summary.nights, 3);
  assert.is(summary.guestNights.total, 0);
  assert.is(summary.personsPerDevice, 1);
  assert.is(summary.residentsAwayShare, 0);
  assert.equal(JSON.parse(files['truth.json']!), JSON.parse(JSON.stringify(summary)));
});

Render.run();
