/** A recurring range of days, `MM-DD` to `MM-DD`, both included. */
export interface SeasonRange {
  from: string;
  to: string;
}

/** A named season: the days its ranges cover, in every year. */
export interface Season {
  name: string;
  ranges: SeasonRange[];
}

/**
 * How days are classed: seasons (named recurring date ranges, and a `default` season for the
 * days no range covers; give both or neither) and the ISO weeks of the school winter break.
 * This is the model file's optional `"calendar"` object.
 */
export interface CalendarOptions {
  seasons?: Season[];
  default?: string;
  winterBreakWeeks?: number[];
}

/**
 * The calendar used where a model gives none.
 *
 * Seasons: Hemsedal's partnership agreement with its tourist board sets the tourist office's
 * opening hours by season ("Partnerskapsavtale Hemsedal kommune og HTTL", 2024): "Lavsesong … 15 april til 15 juni –
 * 15 oktober til 15 desember", "Høysesong … 15 juni til 15 oktober – 15 desember 15 april". The
 * seed names each boundary day (15 April, 15 June, 15 October, 15 December) in both seasons;
 * here they belong to `low`, whose ranges are read as written, both ends included, and `high`
 * is every other day.
 *
 * Winter break: ISO weeks 8 and 9. Norwegian schools have one week of winter break
 * (vinterferie), week 8 or week 9 depending on the county (each county, or municipality,
 * decides), so a region's visitors can come from either; give only one week where the
 * visitors' home counties are known to share it.
 *
 * @example
 * buildCalendar(firstDay, dayCount, { ...DEFAULT_CALENDAR, winterBreakWeeks: [9] }); // Hemsedal's seasons, week 9 only
 */
export const DEFAULT_CALENDAR: Readonly<Required<CalendarOptions>> = {
  seasons: [
    {
      name: 'low',
      ranges: [
        { from: '04-15', to: '06-15' },
        { from: '10-15', to: '12-15' },
      ],
    },
  ],
  default: 'high',
  winterBreakWeeks: [8, 9],
};
