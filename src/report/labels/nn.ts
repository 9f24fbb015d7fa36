import type { Labels } from './labels.js';

/** The plan's four deductions as the Hallingdal plan writes them (nynorsk: "Fråtrekk innb. Hallingdal", …). */
const DEDUCTION_NAMES: Record<string, string> = {
  residents: 'innbyggjarar',
  externalWorkers: 'ekstern arbeidskraft',
  throughTraffic: 'gjennomgangstrafikk',
  dayTrippers: 'dagsturisme',
};

/**
 * Norwegian nynorsk labels, the plan's own language.
 *
 * @example
 * nn.seed.deduction('dayTrippers'); // 'Fråtrekk dagsturisme'
 */
export const nn: Labels = {
  language: 'nn',
  locale: 'nn-NO',
  notApplicable: '–',
  seed: {
    devicesPerDay: 'Snitt mobileiningar pr. dag, totalt (teledata)',
    uplift: (percent) => `Pluss ${percent} % (utan mobil, avvik for SIM-kort)`,
    personsPerDay: '= Personar til stades, snitt pr. dag',
    deduction: (name) => `Fråtrekk ${DEDUCTION_NAMES[name] ?? name}`,
    deductionName: (name) => DEDUCTION_NAMES[name] ?? name,
    guestNightsPerDay: 'Gjestedøgn, snitt pr. døgn',
    guestNightsPerYear: 'Gjestedøgn pr. år (avrunda døgntal × 365)',
    daysObserved: 'Dagar observerte',
    filledDays: 'Dagar fylte inn av modellen (ikkje observerte)',
    daysObservedOrFilled: 'Dagar observerte eller fylte inn',
    negativeDays: 'Dagar med negative gjestedøgn',
    withheldDays: 'Dagar skjerma (personvern)',
  },
  title: (model) => `${model}: gjestedøgn rekna ut frå mobilteljingar`,
  period: (from, to, days) => `${from} til ${to}, ${days} dagar`,
  contents: 'Innhald',
  footer: 'Laga med teleguest. Tala er runda av for lesing; summary.json (teleguest estimate --out) har full presisjon.',

  seedTitle: 'Anslaget',
  seedIntro:
    'Snitt pr. dag, rekna ut som i den strategiske planen for Hallingdal: mobileiningane som er talde, pluss ein del for personar teljinga ikkje fangar opp, minus dei som ikkje er gjester. Resten er gjestedøgn.',
  region: 'Regionen',
  area: 'Område',
  areasTitle: 'Per område',
  regionWideDeductions: 'Fråtrekk som er gjevne for regionen samla, blir ikkje fordelte på områda, så områda får ikkje eigne gjestedøgn.',
  roundingRule:
    'Tala er runda av til heile personar; pr. år = avrunda gjestedøgn pr. døgn × 365, som i planen (guestNightsPerYear i summary.json er det uavrunda talet pr. døgn × 365).',
  yearsTitle: 'Regionen per kalenderår',
  year: 'År',
  daysOfYear: (days, daysInYear) => `${days} av ${daysInYear}`,
  guestNights: 'Gjestedøgn',
  extrapolated: 'Framskrive til heilt år',

  dailyTitle: 'Dag for dag',
  dailyIntro:
    'Personar til stades (mobileiningar × (1 + påslag): innbyggjarar, gjester og gjennomreisande) og gjestedøgn i regionen, berre komplette dagar; eit brot i linjene er ein dag der eit område manglar teljing.',
  date: 'Dato',
  persons: 'Personar',
  personsPresent: 'Personar til stades',
  dailyCaption: 'Personar til stades og gjestedøgn per dag i regionen, med toppdagen merkt',
  peakMark: (date, persons) => `Topp ${date}: ${persons}`,
  peakSentence: (date, persons, median, p95) =>
    `Travlaste dagen var ${date}, med ${persons} personar til stades. Halvparten av dagane var det fleire enn ${median}; éin dag av tjue fleire enn ${p95}.`,

  monthsTitle: 'Månad for månad',
  monthsIntro: 'Personar til stades, snitt pr. dag i kvar månad, for kvart område. Kvart område har sin eigen skala, slik at sesongen kjem fram.',
  monthsRegionTitle: 'Regionen per månad',
  month: 'Månad',
  completeDays: 'Komplette dagar',
  personsPerDay: 'Personar til stades, snitt pr. dag',
  monthsCaption: 'Personar til stades, snitt pr. dag, per månad og område',
  busiestDay: 'Flest personar på éin dag',

  rankedTitle: 'Områda rangerte',
  rankedIntro: (shown, total) =>
    `Dei ${shown} områda med flest gjestedøgn pr. år (personar til stades pr. dag der områda ikkje har gjestedøgn), av ${total}. Alle områda står i tabellen under Anslaget.`,
  rankedCaption: 'Områda rangerte etter gjestedøgn pr. år',
  heatmapTitle: 'Områda gjennom året',
  heatmapIntro:
    'Personar til stades pr. dag i kvar kalendermånad, snitt over åra, som del av den travlaste månaden i området: di mørkare, di travlare. Områda i rekkjefølgja til rangeringa.',
  heatmapCaption: 'Personar til stades pr. dag etter område og kalendermånad, som del av den travlaste månaden i området',
  shareOfBusiestMonth: 'Del av den travlaste månaden',
  sortHint: 'Klikk på ei kolonneoverskrift for å sortere tabellen.',

  seasonsTitle: 'Sesongar og dagtypar',
  seasonsIntro: 'Regionen etter sesong og dagtype: observerte dagar, personar til stades ein gjennomsnittsdag og den travlaste dagen, og gjestedøgn per dag.',
  seasonName: (name) => ({ low: 'Lågsesong', high: 'Høgsesong' })[name] ?? name,
  dayTypeName: { holiday: 'Heilagdagar', weekend: 'Helgar', winterBreak: 'Vinterferie', weekday: 'Andre kvardagar' },
  seasonOrDayType: 'Sesong eller dagtype',
  peakPersons: 'Personar, travlaste dag',
  seasonsCaption:
    'Sesongar frå kalenderen i modellen (standard: lågsesongen i Hemsedal 15. april–15. juni og 15. oktober–15. desember). Ein dag har éin type: heilagdag før helg før vinterferie.',

  ssbTitle: 'Samanlikna med SSB',
  ssbIntro: (table, file) =>
    `Gjestedøgn frå teljingane ved sida av dei kommersielle gjestedøgna til Statistisk sentralbyrå (SSB), månad for månad (${table}, frå ${file}). Ein månad blir samanlikna berre når begge sidene har tal for han.`,
  ssbUnit: (unit, areas) => `${unit} (områda ${areas})`,
  telecom: 'Teledata',
  ssb: 'SSB',
  ratio: 'Teledata ÷ SSB',
  gap: 'Skilnad (teledata − SSB)',
  ssbCaption: 'Gjestedøgn per månad, teledata og SSB, med teledata ÷ SSB over kvar månad',
  ssbMonthsCaption: 'Per månad',
  ssbMissing: 'Strek: ikkje tal på den sida (teljingane manglar ein dag i månaden, eller SSB har ikkje tal: skjerma eller ikkje publisert enno).',
  ssbCorrelation: (pearson, spearman, months) =>
    `Over dei ${months} månadene som blir samanlikna, korrelerer dei to månadsseriane med r = ${pearson} etter Pearson og ρ = ${spearman} etter Spearman (1 hadde vore same mønster).`,
  ssbWinterShares: (telecom, ssb) => `Vinteren (desember til april) har ${telecom} % av gjestedøgna frå teledata og ${ssb} % av gjestedøgna til SSB.`,
  ssbNoPairs: 'Ingen månad har tal på begge sider, så det er ingenting å samanlikne.',
  ssbYearsCaption: 'Per kalenderår, over månadene som blir samanlikna',
  monthsCompared: 'Månader samanlikna',
  holidayHomes: 'Fritidsbustader',
  gapPerHolidayHome: 'Skilnad per fritidsbustad',
  ssbSurvey: (nights) =>
    `Den nasjonale hyttegranskinga finn om lag ${nights} gjestedøgn per fritidsbustad i året (TØI-rapport 1155/2011). Skilnaden per fritidsbustad blir berre gjeven for heile år, og han er ei øvre grense: skilnaden rommar alle døgn SSB ikkje tel, ikkje berre hyttedøgn.`,
  ssbWhyTitle: 'Kvifor dei to er ulike',
  ssbWhy:
    'SSB tel berre overnattingane som kommersielle overnattingsstader rapporterer: hotell, campingplassar, hyttegrender og vandrarheimar over ein minste storleik. Døgn på eiga eller lånt hytte, hjå vener og familie, i privat utleige og på små stader ser ikkje SSB. Teljingane ser alle som er til stades, så talet frå teledata er det største, mest av alt i ein region med mange fritidsbustader.',
  ssbWhyGap:
    'Skilnaden er alle desse døgna saman, og han ber med seg kvar feil i modellen: eit fråtrekk som er 1 000 personar per dag for lite, legg til 365 000 døgn i året.',
  ssbWhyCorrelation: 'Ein høg korrelasjon seier mest at begge sidene har dei same sesongane: han sjekkar tidspunkta, ikkje nivået.',

  hourlyTitle: 'Frå timetal',
  hourlyMethod: (method, from, to) =>
    method === 'visitor-night-presence'
      ? `Gjestedøgn er einingane operatøren reknar som besøkjande (med bustad ein annan stad) som er til stades om natta (snittet av timane frå ${from} til ${to}, lokal tid), gonger personar per eining: busette som er heime, er haldne utanfor av sjølve inndelinga, ingenting vert trekt frå.`
      : method === 'night-presence'
        ? `Gjestedøgn er personane som er til stades om natta (snittet av timane frå ${from} til ${to}, lokal tid) minus busette som er til stades: kven som overnattar, er målt, ikkje anteke.`
        : method === 'night-presence-baseline'
          ? `Gjestedøgn er personane som er til stades om natta (snittet av timane frå ${from} til ${to}, lokal tid) minus grunnlinja for dei busette: ein del av personane som er til stades på kvardagsnettene i den roligaste månaden, dei busette slik teljingane måler dei.`
          : `Gjestedøgn er rekna som i planen frå den travlaste timen på dagen (nattevindauget, ${from} til ${to}, er vist til samanlikning).`,
  hourlyNotApplied: (names) => `Ikkje trekt frå, sidan natta alt held dei utanfor: ${names}.`,
  busiestHour: 'Travlaste time',
  personsAtBusiestHour: 'Personar i den travlaste timen på dagen, per dag',
  personsAtNight: 'Personar om natta, per dag',
  dayVisitors: 'Dagsbesøkjande, per dag',
  hourlyNote:
    'Dagsbesøkjande er personane i den travlaste timen på dagen minus dei som er til stades om natta: folk som kjem og reiser same dagen. Dei er ikkje gjestedøgn. Den travlaste timen står i lokal tid med avviket frå UTC, så den doble timen siste sundag i oktober vert halden frå kvarandre.',

  intervalNote: (draws, ranges, seed, low, high) =>
    `${low} og ${high}: intervallet for kvar linje over ${draws} trekningar av dei ${ranges} spenna i modellen (frø ${seed}), der kvar trekning gjev éin verdi per spenn for alle dagar og område. Midtkolonnen er modellen med verdiane sine.`,
  sensitivityTitle: 'Kva føresetnad betyr mest',
  sensitivityIntro: (point) =>
    `Kvart spenn på den lågaste og den høgaste verdien sin, dei andre på verdiane sine: gjestedøgn per år i regionen (${point} med verdiane), største utslag først.`,
  sensitivityCaption: 'Gjestedøgn per år i regionen med eitt spenn på lågaste (lys) og høgaste (mørk) verdi',
  assumption: 'Føresetnad',
  low: 'Låg',
  high: 'Høg',
  atLow: 'Gjestedøgn ved låg',
  atHigh: 'Gjestedøgn ved høg',
  swing: 'Utslag',
  varianceShare: 'Del av variansen',
  varianceShareNote:
    'Del av variansen: kor mykje av spreiinga i gjestedøgn per år over trekningane som følgjer dette spennet (den kvadrerte korrelasjonen med resultatet); med mange trekningar summerer delane seg til om lag 100 % når spenna verkar kvar for seg, og til mindre der dei vert gongne saman.',

  assumptionsTitle: 'Føresetnader',
  assumeDevices: 'Kvar mobileining som er talt i eit område ein dag, er éin person der.',
  assumeUplift: (percent) => `${percent} % blir lagt til for personar utan mobiltelefon og for avvik for SIM-kort.`,
  assumeDeductions: 'Blir trekt frå kvar dag, i personar, fordi dei ikkje er gjester:',
  deductionByArea: (total, list) => `${total} til saman, gjeve per område: ${list}`,
  deductionVaries: (mean, source, detail) =>
    `${mean} per dag i snitt, ${{ profile: 'varierer med vekedag, månad eller periode', population: `busette frå befolkningstabellen til SSB ${detail}`, file: `ein verdi per dag frå ${detail}`, segment: `«${detail}»-einingane som vert talde kvar dag (busette som faktisk er til stades)` }[source]}`,
  assumeGuestNights: 'Det som blir att, er gjestedøgn: éin gjest til stades i eitt døgn.',
  assumeRegion: 'Regionen er summen av områda, rekna berre for dagar der alle områda har teljing.',
  assumeMeans:
    'Snitt er tekne over dagane som er observerte. Eit år er avrunda snitt pr. døgn × 365, som i planen; tabellen per kalenderår gjev òg summen over dei observerte dagane.',
  assumeNegative: 'Ingenting blir kutta ved null: ein dag med færre personar til stades enn fråtrekka gjev negative gjestedøgn, og slike dagar blir talde.',
  rangesIntro: 'Usikre, og trekte som spenn når rapporten har trekningar (éin verdi per spenn for alle dagar og område i kvar trekning):',
  rangeTriangular: (min, max, value) => `frå ${min} til ${max}, mest sannsynleg ${value} (triangulær)`,
  rangeUniform: (min, max) => `kvar som helst frå ${min} til ${max} (uniform)`,
  rangeNormal: (value, sd) => `${value}, pluss minus ${sd} (normalfordelt, standardavvik; aldri under 0)`,

  coverageTitle: 'Datagrunnlag og hol',
  coverageSpan: (from, to, days, complete, incomplete) =>
    `${from} til ${to}: ${days} dagar, av dei ${complete} komplette (alle område talde) og ${incomplete} ufullstendige, som er haldne utanfor regionen.`,
  incompleteDays: 'Ufullstendige dagar',
  rowsRead: (rows) => `Rader lesne: ${rows}.`,
  rowsRejected: (rows, file) => `Rader avviste for ei feil celle og hoppa over: ${rows}, lista i ${file}.`,
  rowsBlank: (rows) => `Rader utan tal (tom celle eller prikka, som <5): ${rows}, manglande observasjonar, ikkje null.`,
  rowsDuplicated: (rows, summed) => `Rader som gjentek eit område og ein dato: ${rows}, ${summed ? 'lagde saman' : 'den siste halden på'}.`,
  sources: (counts, model) => `Teljingar: ${counts}. Modell: ${model}.`,
  daysCounted: 'Dagar talde',
  daysMissing: 'Dagar utan teljing',
  daysWithheld: 'Dagar skjerma',
  disclosureNote: (minCount, primary, secondary, mark) =>
    `Personvern: kvar teljing under ${minCount} einingar er skjerma (${primary} dagar i områda), og det same er kvar dag i regionen som har ei slik teljing (${secondary}), sidan regionen minus dei andre områda ville gjeve henne attende. Summar og snitt gjeld dei andre dagane; «${mark}» markerer eit tal utan nokon dag att, skjerma og ikkje manglande.`,
  dailyCountsWarning: (areaCount) =>
    `Åtvaring: ${
      areaCount > 1
        ? `døgnteljingar for ${areaCount} område gjev berre ei øvre grense for gjestedøgna i regionen: ei eining vert teld i kvart område ho passerer i løpet av døgnet, gjennomreisande og dagsbesøkjande vert talde, og eit døgn er ikkje ei natt`
        : 'døgnteljingar gjev berre ei øvre grense for gjestedøgna: gjennomreisande og dagsbesøkjande vert talde, og eit døgn er ikkje ei natt'
    } (formelen i planen gav ${areaCount > 1 ? 6 : 2} gonger dei sanne gjestedøgna i eit simulert Hallingdal: teleguest validate); timeteljingar måler gjestedøgn.`,
  rejectedTitle: 'Avviste rader',
  line: 'Linje',
  field: 'Felt',
  reason: 'Årsak (engelsk)',
  rowAsRead: 'Rada slik ho vart lesen',
  moreRejected: (rows) => `… og ${rows} til i avvisingsfila.`,
};
