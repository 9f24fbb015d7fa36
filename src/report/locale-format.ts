import { roundWhole } from '../write/table/format-whole.js';
import type { Labels } from './labels/labels.js';
import { isWithheld } from '../disclosure/withheld-days.js';
import { WITHHELD_MARK } from '../disclosure/suppression-status.js';

/** Numbers and dates written the way a reader of one language expects. Null prints as the language's n/a. */
export interface LocaleFormat {
  /** Rounded half away from zero, thousands grouped: nb `9 682 355` (no-break spaces), en `9,682,355`. */
  whole: (value: number | null) => string;
  /** `whole` for a figure of a series or period: `WITHHELD_MARK` where it is null because its days are withheld. */
  figure: (value: number | null, entry: { days: number; withheldDays?: number }) => string;
  /** With exactly `digits` decimals: nb `3,43`, en `3.43`. */
  decimal: (value: number | null, digits: number) => string;
  /** A share as a percentage number without the sign: 0.06 → `6`, 0.075 → nb `7,5`. */
  percent: (share: number) => string;
  /** `YYYY-MM-DD` → nb `31. mars 2024`, en `31 March 2024`. */
  date: (isoDate: string) => string;
  /** `YYYY-MM-DD` with its weekday → nb `søndag 31. mars 2024`. */
  weekdayDate: (isoDate: string) => string;
  /** `YYYY-MM` → nb `mars 2024`. */
  month: (isoMonth: string) => string;
}

/**
 * Formatters for a language's locale, built on `Intl` (Norwegian groups thousands with a
 * no-break space and writes a decimal comma and a true minus sign). Dates are calendar dates,
 * formatted in UTC so the time zone never moves them.
 *
 * @example
 * localeFormat(nb).whole(9682355);      // '9 682 355'
 * localeFormat(en).decimal(26527.44, 1); // '26,527.4'
 */
export function localeFormat(labels: Labels): LocaleFormat {
  const { locale, notApplicable } = labels;
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekdayDate = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const utc = (text: string) => new Date(`${text}T00:00:00Z`);
  // roundWhole first: Intl would print −0 for a small negative value.
  const wholeOf = (value: number | null) => (value === null ? notApplicable : whole.format(roundWhole(value)));
  return {
    whole: wholeOf,
    figure: (value, entry) => (value === null && isWithheld(entry) ? WITHHELD_MARK : wholeOf(value)),
    decimal: (value, digits) => {
      if (value === null) return notApplicable;
      if (!decimals.has(digits)) decimals.set(digits, new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
      return decimals.get(digits)!.format(value);
    },
    // toPrecision drops binary noise: 0.07 × 100 is 7.000000000000001.
    percent: (share) => percent.format(Number((share * 100).toPrecision(12))),
    date: (isoDate) => date.format(utc(isoDate)),
    weekdayDate: (isoDate) => weekdayDate.format(utc(isoDate)),
    month: (isoMonth) => month.format(utc(`${isoMonth}-01`)),
  };
}
