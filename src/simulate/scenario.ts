/**
 * The scenario: everything the simulator assumes about a region, as a JSON-able object. Read one
 * with `readScenario` (it checks every field and names the JSON path of each problem). Counts are
 * persons unless a name says otherwise; shares are fractions 0–1; times are minutes or hours of
 * the Europe/Oslo clock.
 */
export interface Scenario {
  name: string;
  /** What the scenario is and where its figures come from; a synthetic one says SYNTHETIC. */
  description: string;
  /**
   * At most 400 (Norway has 357); residents, cabins, seasonal workers and night-shift workers from
   * outside together at most 5 000 000, the persons a run keeps from month to month at 84 bytes
   * each (`simulation-bounds.ts`).
   */
  municipalities: ScenarioMunicipality[];
  /** Roads as chains of municipality codes: neighbours in a chain border each other on the road. */
  roads: string[][];
  /** Where travellers from outside enter and leave the region, with the share that uses each. */
  entrances: AreaShare[];
  /** Named demand patterns, referred to by the groups below. */
  patterns: Record<string, DemandPattern>;
  phones: PhoneScenario;
  counting: CountingScenario;
  residents: ResidentScenario;
  cabins: CabinScenario;
  commercial: CommercialScenario;
  friendsAndFamily: FriendsScenario;
  dayTrippers: DayTripperScenario;
  throughTraffic: ThroughTrafficScenario;
  seasonalWorkers: SeasonalWorkerScenario;
  commutersIn: CommuterScenario;
  nightShifts: NightShiftScenario;
  /** Parties and trips placed by hand (tests, worked examples): they come on top of the random ones. */
  scripted?: ScriptedScenario;
}

/**
 * One municipality of the region. Its counts have bounds far above any real municipality's (Oslo
 * has about 720 000 residents), so that a typo is refused at once rather than running out of
 * memory or for hours: the persons kept from month to month cost memory, 84 bytes each; day
 * groups cost the time of every day.
 */
export interface ScenarioMunicipality {
  /** Today's municipality code, such as `3324`. */
  code: string;
  name: string;
  /** Registered residents (folkeregistrert), students living elsewhere included. At most 1 000 000 (kept from month to month). */
  residents: number;
  /** Beds in hotels, camp sites and rented cabins: shares out the commercial guest-nights. */
  commercialBeds: number;
  /** Holiday homes owned by households from outside the region. At most 100 000 (kept from month to month). */
  cabins: number;
  /** Minutes a vehicle takes to cross the municipality on the road. */
  crossingMinutes: number;
  /** Day-trippers from outside on an average day (before the pattern). At most 1 000 000 (each simulated every day). */
  dayTrippers: number;
  /** Seasonal workers (living in, registered elsewhere) in the winter and the summer season. At most 100 000 each (kept from month to month). */
  seasonalWorkers: { winter: number; summer: number };
  /** Workers from outside the region who come for the day on a working day. At most 1 000 000 (each simulated every working day). */
  commutersIn: number;
  /**
   * Night-shift workers on duty on an average night (care homes, industry). At most 10 000: the
   * workers are posts ÷ `nightShifts.shiftShare` (up to 100 times as many), kept from month to month.
   */
  nightShiftPosts: number;
  /** The pattern of its commercial guest-nights (a name in `patterns`). */
  commercialPattern: string;
  /** How strongly it draws errands and excursions from elsewhere in the region (shops, slopes); relative. */
  errandWeight: number;
}

/** An area code with a share. */
export interface AreaShare {
  area: string;
  share: number;
}

/**
 * How demand varies over the year: a factor per month, times a factor for a holiday period
 * (in a holiday the weekend factor does not apply), or for a weekend night (Friday, Saturday and
 * the eve of a public holiday) or a day off (for groups that come by day).
 */
export interface DemandPattern {
  /** Twelve factors, January first. */
  months: number[];
  weekend: number;
  winterHoliday: number;
  easter: number;
  summerHoliday: number;
  autumnHoliday: number;
  christmas: number;
}

/** How long stays last, by the kind of day they start on: `[fewest, most]` nights, uniform. */
export interface StayNights {
  weekend: [number, number];
  holiday: [number, number];
  summer: [number, number];
  other: [number, number];
}

/** Phones of a group of persons. */
export interface PhoneShares {
  /** Share of persons with no phone the operator could count (small children, some of the old). */
  noPhone: number;
  /** Share of persons carrying two counted devices (a work phone, a tablet with a SIM). */
  twoDevices: number;
  /** Share of devices on the counting operator's network. */
  operatorShare: number;
}

/** The groups whose phones can differ. */
export type PhoneGroup =
  'residents' | 'cabins' | 'commercial' | 'friends' | 'dayTrippers' | 'throughTraffic' | 'seasonalWorkers' | 'commutersIn' | 'nightShifts';

export interface PhoneScenario extends PhoneShares {
  /** The market share the operator scales its counts up by (counts × 1 / nominalShare). */
  nominalShare: number;
  /** Per group, any of the shares that differ from the defaults above. */
  groups: Partial<Record<PhoneGroup, Partial<PhoneShares>>>;
}

/** How the operator counts. */
export interface CountingScenario {
  /** Minutes a device must spend in a municipality in a day to be in its daily count (0: every one it touches). */
  dailyMinMinutes: number;
  /** Minutes a device must spend in a municipality within a clock hour to be in that hour's count (1: any presence). */
  hourlyMinMinutes: number;
  /** A device's home is where it spends more than this share of the month's nights. */
  homeNightShare: number;
}

export interface ResidentScenario {
  /** Share of residents who go to work on a working day. */
  workerShare: number;
  /** Workers who commute to another municipality: `from`'s workers, the `share` of them working in `to` (`outside`: out of the region, back the same day). */
  commuting: { from: string; to: string; share: number }[];
  /** Chance that a resident goes on an errand to another municipality on a given day. */
  errandsPerDay: number;
  /** Registered residents who study (and sleep) elsewhere. */
  studentShare: number;
  /** Nights a year a student spends at home. */
  studentNightsHome: number;
  studentPattern: string;
  studentStayNights: StayNights;
  /** Mean share of the other residents away (trips, work travel) on a night. */
  travelAwayShare: number;
  travelPattern: string;
  tripNights: StayNights;
}

export interface CabinScenario {
  /** Guest-nights a year per cabin: persons × nights of all its stays together. */
  guestNightsPerCabin: number;
  /** The pattern of cabin stays (a name in `patterns`). */
  pattern: string;
  stayNights: StayNights;
  /** Weights of party sizes 1, 2, 3, …: a cabin's household, the same persons on every stay. */
  partySizes: number[];
  /** Chance on a full day that a party makes an excursion to another municipality. */
  excursionsPerDay: number;
}

export interface CommercialScenario {
  /**
   * Commercial guest-nights a year in the region, shared out by beds and each municipality's
   * pattern. At most 100 000 000 (Norway has under 40 million): each party is simulated every day of its stay.
   */
  guestNightsPerYear: number;
  stayNights: StayNights;
  partySizes: number[];
  excursionsPerDay: number;
}

export interface FriendsScenario {
  /** Guest-nights a year of friends and family staying with residents, per resident. */
  guestNightsPerResident: number;
  pattern: string;
  stayNights: StayNights;
  partySizes: number[];
}

export interface DayTripperScenario {
  pattern: string;
  partySizes: number[];
  /** Hours spent in the municipality, `[fewest, most]`. */
  hours: [number, number];
  /** Relative spread of the day's number (weather, snow), as the standard deviation of a log-normal factor. */
  dailySpread: number;
}

export interface ThroughTrafficScenario {
  /** Persons driving through the region on an average day (before the pattern). At most 1 000 000 (each simulated every day). */
  personsPerDay: number;
  pattern: string;
  /** Routes through the region, each a chain of codes on the roads, with its share of the traffic; half run each way. */
  routes: { via: string[]; share: number }[];
  /** 24 weights: when trips start, by clock hour. */
  hourWeights: number[];
  partySizes: number[];
  dailySpread: number;
}

export interface SeasonalWorkerScenario {
  /** The winter season, `MM-DD` to `MM-DD` (it may wrap the new year). */
  winter: { from: string; to: string };
  summer: { from: string; to: string };
  /** Days each worker's season may start earlier or later than the dates above. */
  jitterDays: number;
  /** Chance that a seasonal worker spends a weekend night outside the region. */
  weekendAwayShare: number;
}

export interface CommuterScenario {
  /** Hours at work, `[fewest, most]`. */
  hours: [number, number];
}

export interface NightShiftScenario {
  /** Share of night-shift workers living outside the region; the rest are residents of the region. */
  fromOutside: number;
  /** Share of nights a night-shift worker is on duty. */
  shiftShare: number;
}

/** Parties, trips and absences placed by hand. */
export interface ScriptedScenario {
  /** Guests arriving on `arrive` for `nights` nights (dates by evening); their phones are drawn as for their group. */
  stays?: { group: 'cabins' | 'commercial' | 'friends'; area: string; arrive: string; nights: number; persons: number }[];
  /** A trip along `via` starting at `minute` (minutes after midnight) on `date`. */
  trips?: { via: string[]; date: string; minute: number; persons: number }[];
  /** The first `persons` residents of `area` spend `nights` nights away from the evening of `date`. */
  away?: { area: string; date: string; nights: number; persons: number }[];
}
