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
