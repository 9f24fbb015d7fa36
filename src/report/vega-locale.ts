import type { Locale } from 'vega';

/**
 * Vega's number and time locale (d3-format and d3-time-format definitions) taken from `Intl`,
 * so chart axes group digits and name months as the report's text does.
 *
 * @example
 * vegaLocale('nb-NO').number; // { decimal: ',', thousands: ' ', minus: '−', grouping: [3], currency: ['', ''] }
 * vegaLocale('nb-NO').time.shortMonths[0]; // 'jan'
 */
export function vegaLocale(locale: string): Required<Locale> {
  const parts = new Intl.NumberFormat(locale).formatToParts(-12345.5);
  const part = (type: string, fallback: string) => parts.find((each) => each.type === type)?.value ?? fallback;
  // 2023-01-01 was a Sunday: d3 lists weekdays from Sunday.
  const days = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2023, 0, 1 + day)));
  const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2023, month, 1)));
  const names = (dates: Date[], options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return dates.map((date) => format.format(date).replace(/\.$/, ''));
  };
  return {
    number: { decimal: part('decimal', '.'), thousands: part('group', ','), minus: part('minusSign', '-'), grouping: [3], currency: ['', ''] },
    time: {
      dateTime: '%x %X',
      date: '%Y-%m-%d',
      time: '%H:%M:%S',
      periods: ['AM', 'PM'],
      days: names(days, { weekday: 'long' }) as Required<Locale>['time']['days'],
      shortDays: names(days, { weekday: 'short' }) as Required<Locale>['time']['shortDays'],
      months: names(months, { month: 'long' }) as Required<Locale>['time']['months'],
      shortMonths: names(months, { month: 'short' }) as Required<Locale>['time']['shortMonths'],
    },
  };
}
