import type { Labels } from './labels.js';

/** The plan's four deductions in bokmål (the plan has them in nynorsk: "Fråtrekk innb. Hallingdal", …). */
const DEDUCTION_NAMES: Record<string, string> = {
  residents: 'innbyggere',
  externalWorkers: 'ekstern arbeidskraft',
  throughTraffic: 'gjennomgangstrafikk',
  dayTrippers: 'dagsturisme',
};

/**
 * Norwegian bokmål labels.
 *
 * @example
 * nb.seed.deduction('residents'); // 'Fratrekk innbyggere'
 */
export const nb: Labels = {
  language: 'nb',
  locale: 'nb-NO',
  notApplicable: '–',
  seed: {
    devicesPerDay: 'Snitt mobilenheter per dag, totalt (teledata)',
    uplift: (percent) => `Pluss ${percent} % (uten mobil, avvik for SIM-kort)`,
    personsPerDay: '= Personer til stede, snitt per dag',
    deduction: (name) => `Fratrekk ${DEDUCTION_NAMES[name] ?? name}`,
    deductionName: (name) => DEDUCTION_NAMES[name] ?? name,
    guestNightsPerDay: 'Gjestedøgn, snitt per døgn',
    guestNightsPerYear: 'Gjestedøgn per år (avrundet døgntall × 365)',
    daysObserved: 'Dager observert',
    filledDays: 'Dager fylt inn av modellen (ikke observert)',
    daysObservedOrFilled: 'Dager observert eller fylt inn',
    negativeDays: 'Dager med negative gjestedøgn',
    withheldDays: 'Dager skjermet (personvern)',
  },
  title: (model) => `${model}: gjestedøgn beregnet fra mobiltellinger`,
  period: (from, to, days) => `${from} til ${to}, ${days} dager`,
  contents: 'Innhold',
  footer: 'Laget med teleguest. Tallene er avrundet for lesing; summary.json (teleguest estimate --out) har full presisjon.',

  seedTitle: 'Anslaget',
  seedIntro:
    'Snitt per dag, regnet ut som i Hallingdals strategiske plan: mobilenhetene som er telt, pluss en andel for personer tellingen ikke fanger opp, minus dem som ikke er gjester. Resten er gjestedøgn.',
  region: 'Regionen',
  area: 'Område',
  areasTitle: 'Per område',
  regionWideDeductions: 'Fratrekk som er gitt for regionen samlet, fordeles ikke på områdene, så områdene får ikke egne gjestedøgn.',
  roundingRule:
    'Tallene er avrundet til hele personer; per år = avrundede gjestedøgn per døgn × 365, som i planen (guestNightsPerYear i summary.json er det uavrundede tallet per døgn × 365).',
  yearsTitle: 'Regionen per kalenderår',
  year: 'År',
  daysOfYear: (days, daysInYear) => `${days} av ${daysInYear}`,
  guestNights: 'Gjestedøgn',
  extrapolated: 'Framskrevet til helt år',

  dailyTitle: 'Dag for dag',
  dailyIntro:
    'Personer til stede (mobilenheter × (1 + påslag): innbyggere, gjester og gjennomreisende) og gjestedøgn i regionen, bare komplette dager; et brudd i linjene er en dag der et område mangler telling.',
  date: 'Dato',
  persons: 'Personer',
  personsPresent: 'Personer til stede',
  dailyCaption: 'Personer til stede og gjestedøgn per dag i regionen, med toppdagen markert',
  peakMark: (date, persons) => `Topp ${date}: ${persons}`,
  peakSentence: (date, persons, median, p95) =>
    `Travleste dag var ${date}, med ${persons} personer til stede. Halvparten av dagene var det flere enn ${median}; én dag av tjue flere enn ${p95}.`,

  monthsTitle: 'Måned for måned',
  monthsIntro: 'Personer til stede, snitt per dag i hver måned, for hvert område. Hvert område har sin egen skala, slik at sesongen kommer fram.',
  monthsRegionTitle: 'Regionen per måned',
  month: 'Måned',
  completeDays: 'Komplette dager',
  personsPerDay: 'Personer til stede, snitt per dag',
  monthsCaption: 'Personer til stede, snitt per dag, per måned og område',
  busiestDay: 'Flest personer på én dag',

  rankedTitle: 'Områdene rangert',
  rankedIntro: (shown, total) =>
    `De ${shown} områdene med flest gjestedøgn per år (personer til stede per dag der områdene ikke har gjestedøgn), av ${total}. Alle områdene står i tabellen under Anslaget.`,
  rankedCaption: 'Områdene rangert etter gjestedøgn per år',
  heatmapTitle: 'Områdene gjennom året',
  heatmapIntro:
    'Personer til stede per dag i hver kalendermåned, snitt over årene, som andel av områdets travleste måned: jo mørkere, jo travlere. Områdene i rangeringens rekkefølge.',
  heatmapCaption: 'Personer til stede per dag etter område og kalendermåned, som andel av områdets travleste måned',
  shareOfBusiestMonth: 'Andel av travleste måned',
  sortHint: 'Klikk på en kolonneoverskrift for å sortere tabellen.',

  seasonsTitle: 'Sesonger og dagtyper',
  seasonsIntro: 'Regionen etter sesong og dagtype: observerte dager, personer til stede en gjennomsnittsdag og den travleste dagen, og gjestedøgn per dag.',
  seasonName: (name) => ({ low: 'Lavsesong', high: 'Høysesong' })[name] ?? name,
  dayTypeName: { holiday: 'Helligdager', weekend: 'Helger', winterBreak: 'Vinterferie', weekday: 'Andre hverdager' },
  seasonOrDayType: 'Sesong eller dagtype',
  peakPersons: 'Personer, travleste dag',
  seasonsCaption:
    'Sesonger fra modellens kalender (standard: Hemsedals lavsesong 15. april–15. juni og 15. oktober–15. desember). En dag har én type: helligdag før helg før vinterferie.',

  ssbTitle: 'Sammenlignet med SSB',
  ssbIntro: (table, file) =>
    `Gjestedøgn fra tellingene ved siden av Statistisk sentralbyrås (SSB) kommersielle gjestedøgn, måned for måned (${table}, fra ${file}). En måned sammenlignes bare når begge sider har tall for den.`,
  ssbUnit: (unit, areas) => `${unit} (områdene ${areas})`,
  telecom: 'Teledata',
  ssb: 'SSB',
  ratio: 'Teledata ÷ SSB',
  gap: 'Differanse (teledata − SSB)',
  ssbCaption: 'Gjestedøgn per måned, teledata og SSB, med teledata ÷ SSB over hver måned',
  ssbMonthsCaption: 'Per måned',
  ssbMissing: 'Strek: ingen tall på den siden (tellingene mangler en dag i måneden, eller SSB har ikke tall: skjermet eller ikke publisert ennå).',
  ssbCorrelation: (pearson, spearman, months) =>
    `Over de ${months} månedene som sammenlignes, korrelerer de to månedsseriene med Pearsons r = ${pearson} og Spearmans ρ = ${spearman} (1 ville vært samme mønster).`,
  ssbWinterShares: (telecom, ssb) => `Vinteren (desember til april) har ${telecom} % av gjestedøgnene fra teledata og ${ssb} % av SSBs.`,
  ssbNoPairs: 'Ingen måned har tall på begge sider, så det er ingenting å sammenligne.',
  ssbYearsCaption: 'Per kalenderår, over månedene som sammenlignes',
  monthsCompared: 'Måneder sammenlignet',
  holidayHomes: 'Fritidsboliger',
  gapPerHolidayHome: 'Differanse per fritidsbolig',
  ssbSurvey: (nights) =>
    `Den nasjonale hytteundersøkelsen finner omtrent ${nights} gjestedøgn per fritidsbolig i året (TØI-rapport 1155/2011). Differansen per fritidsbolig gis bare for hele år, og den er en øvre grense: differansen rommer alle døgn SSB ikke teller, ikke bare hyttedøgn.`,
  ssbWhyTitle: 'Hvorfor de to er ulike',
  ssbWhy:
    'SSB teller bare overnattingene kommersielle overnattingssteder rapporterer: hoteller, campingplasser, hyttegrender og vandrerhjem over en minste størrelse. Døgn på egen eller lånt hytte, hos venner og familie, i privat utleie og på små steder ser ikke SSB. Tellingene ser alle som er til stede, så tallet fra teledata er det største, mest av alt i en region med mange fritidsboliger.',
  ssbWhyGap:
    'Differansen er alle disse døgnene samlet, og den bærer med seg hver feil i modellen: et fratrekk som er 1 000 personer per dag for lite, legger til 365 000 døgn i året.',
  ssbWhyCorrelation: 'En høy korrelasjon sier mest at begge sider har de samme sesongene: den sjekker tidspunktene, ikke nivået.',

  hourlyTitle: 'Fra timetall',
  hourlyMethod: (method, from, to) =>
    method === 'visitor-night-presence'
      ? `Gjestedøgn er enhetene operatøren regner som besøkende (med bosted et annet sted) som er til stede om natten (snittet av timene fra ${from} til ${to}, lokal tid), ganger personer per enhet: bosatte som er hjemme, er holdt utenfor av selve inndelingen, ingenting trekkes fra.`
      : method === 'night-presence'
        ? `Gjestedøgn er personene som er til stede om natten (snittet av timene fra ${from} til ${to}, lokal tid) minus bosatte som er til stede: hvem som overnatter, er målt, ikke antatt.`
        : method === 'night-presence-baseline'
          ? `Gjestedøgn er personene som er til stede om natten (snittet av timene fra ${from} til ${to}, lokal tid) minus de bosattes grunnlinje: en andel av personene som er til stede på hverdagsnettene i den roligste måneden, de bosatte slik tellingene måler dem.`
          : `Gjestedøgn er regnet som i planen fra dagens travleste time (nattevinduet, ${from} til ${to}, er vist til sammenligning).`,
  hourlyNotApplied: (names) => `Ikke trukket fra, siden natten allerede holder dem utenfor: ${names}.`,
  busiestHour: 'Travleste time',
  personsAtBusiestHour: 'Personer i dagens travleste time, per dag',
  personsAtNight: 'Personer om natten, per dag',
  dayVisitors: 'Dagsbesøkende, per dag',
  hourlyNote:
    'Dagsbesøkende er personene i dagens travleste time minus dem som er til stede om natten: folk som kommer og drar samme dag. De er ikke gjestedøgn. Den travleste timen står i lokal tid med avviket fra UTC, så den doble timen siste søndag i oktober holdes fra hverandre.',

  intervalNote: (draws, ranges, seed, low, high) =>
    `${low} og ${high}: intervallet for hver linje over ${draws} trekninger av modellens ${ranges} spenn (frø ${seed}), der hver trekning gir én verdi per spenn for alle dager og områder. Midtkolonnen er modellen med sine verdier.`,
  sensitivityTitle: 'Hvilken forutsetning betyr mest',
  sensitivityIntro: (point) =>
    `Hvert spenn på sin laveste og sin høyeste verdi, de andre på sine verdier: regionens gjestedøgn per år (${point} med verdiene), største utslag først.`,
  sensitivityCaption: 'Regionens gjestedøgn per år med ett spenn på laveste (lys) og høyeste (mørk) verdi',
  assumption: 'Forutsetning',
  low: 'Lav',
  high: 'Høy',
  atLow: 'Gjestedøgn ved lav',
  atHigh: 'Gjestedøgn ved høy',
  swing: 'Utslag',
  varianceShare: 'Andel av variansen',
  varianceShareNote:
    'Andel av variansen: hvor mye av spredningen i gjestedøgn per år over trekningene som følger dette spennet (den kvadrerte korrelasjonen med resultatet); med mange trekninger summerer andelene seg til om lag 100 % når spennene virker hver for seg, og til mindre der de ganges sammen.',

  assumptionsTitle: 'Forutsetninger',
  assumeDevices: 'Hver mobilenhet som er telt i et område en dag, er én person der.',
  assumeUplift: (percent) => `${percent} % legges til for personer uten mobiltelefon og for avvik for SIM-kort.`,
  assumeDeductions: 'Trekkes fra hver dag, i personer, fordi de ikke er gjester:',
  deductionByArea: (total, list) => `${total} til sammen, gitt per område: ${list}`,
  deductionVaries: (mean, source, detail) =>
    `${mean} per dag i snitt, ${{ profile: 'varierer med ukedag, måned eller periode', population: `bosatte fra SSBs befolkningstabell ${detail}`, file: `en verdi per dag fra ${detail}`, segment: `«${detail}»-enhetene som telles hver dag (bosatte som faktisk er til stede)` }[source]}`,
  assumeGuestNights: 'Det som blir igjen, er gjestedøgn: én gjest til stede i ett døgn.',
  assumeRegion: 'Regionen er summen av områdene, regnet bare for dager der alle områdene har telling.',
  assumeMeans:
    'Snitt er tatt over dagene som er observert. Et år er avrundet snitt per døgn × 365, som i planen; tabellen per kalenderår gir også summen over de observerte dagene.',
  assumeNegative: 'Ingenting kuttes ved null: en dag med færre personer til stede enn fratrekkene gir negative gjestedøgn, og slike dager telles.',
  rangesIntro: 'Usikre, og trukket som spenn når rapporten har trekninger (én verdi per spenn for alle dager og områder i hver trekning):',
  rangeTriangular: (min, max, value) => `fra ${min} til ${max}, mest sannsynlig ${value} (triangulær)`,
  rangeUniform: (min, max) => `hvor som helst fra ${min} til ${max} (uniform)`,
  rangeNormal: (value, sd) => `${value}, pluss minus ${sd} (normalfordelt, standardavvik; aldri under 0)`,

  coverageTitle: 'Datagrunnlag og hull',
  coverageSpan: (from, to, days, complete, incomplete) =>
    `${from} til ${to}: ${days} dager, av dem ${complete} komplette (alle områder telt) og ${incomplete} ufullstendige, som er holdt utenfor regionen.`,
  incompleteDays: 'Ufullstendige dager',
  rowsRead: (rows) => `Rader lest: ${rows}.`,
  rowsRejected: (rows, file) => `Rader avvist for en feil celle og hoppet over: ${rows}, listet i ${file}.`,
  rowsBlank: (rows) => `Rader uten tall (tom celle eller prikket, som <5): ${rows}, manglende observasjoner, ikke null.`,
  rowsDuplicated: (rows, summed) => `Rader som gjentar et område og en dato: ${rows}, ${summed ? 'lagt sammen' : 'den siste beholdt'}.`,
  sources: (counts, model) => `Tellinger: ${counts}. Modell: ${model}.`,
  daysCounted: 'Dager telt',
  daysMissing: 'Dager uten telling',
  daysWithheld: 'Dager skjermet',
  disclosureNote: (minCount, primary, secondary, mark) =>
    `Personvern: hver telling under ${minCount} enheter er skjermet (${primary} dager i områdene), og det samme er hver dag i regionen som har en slik telling (${secondary}), siden regionen minus de andre områdene ville gitt den tilbake. Summer og snitt gjelder de andre dagene; «${mark}» markerer et tall uten noen dag igjen, skjermet og ikke manglende.`,
  dailyCountsWarning: (areaCount) =>
    `Advarsel: ${
      areaCount > 1
        ? `døgntellinger for ${areaCount} områder gir bare en øvre grense for regionens gjestedøgn: en enhet telles i hvert område den passerer i løpet av døgnet, gjennomreisende og dagsbesøkende telles, og et døgn er ikke en natt`
        : 'døgntellinger gir bare en øvre grense for gjestedøgnene: gjennomreisende og dagsbesøkende telles, og et døgn er ikke en natt'
    } (planens formel ga ${areaCount > 1 ? 6 : 2} ganger de sanne gjestedøgnene i et simulert Hallingdal: teleguest validate); timetellinger måler gjestedøgn.`,
  rejectedTitle: 'Avviste rader',
  line: 'Linje',
  field: 'Felt',
  reason: 'Årsak (engelsk)',
  rowAsRead: 'Raden slik den ble lest',
  moreRejected: (rows) => `… og ${rows} til i avvisningsfilen.`,
};
