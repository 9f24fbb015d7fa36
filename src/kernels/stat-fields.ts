/**
 * Layout of the statistics buffer: for each grid row (area or region) and each calendar month
 * of the span, `STAT_FIELDS` consecutive sums at these offsets.
 */
export const STAT_DAYS = 0;
export const STAT_DEVICES = 1;
export const STAT_PERSONS = 2;
export const STAT_GUEST_NIGHTS = 3;
export const STAT_NEGATIVE_DAYS = 4;
export const STAT_FIELDS = 5;

/**
 * Layout of the groups buffer: for each grid row, each season and then each day type (the
 * calendar's), `GROUP_FIELDS` consecutive sums over the days persons are known.
 */
export const GROUP_DAYS = 0;
export const GROUP_PERSONS = 1;
export const GROUP_GUEST_NIGHTS = 2;
export const GROUP_FIELDS = 3;
