import type { CalendarOptions } from './calendar-options.js';
import { calendarProblems } from './calendar-problems.js';

const monthDay = { type: 'string' } as const;
// Wordings for findings the model reader has none of its own for; it prints them after the path.
const arrayMessages = { array: 'must be an array, got {actual}', arrayMin: 'must list at least {expected}', arrayMax: 'must list at most {expected}' };

/**
 * The fastest-validator rule for the model's optional `"calendar"` object
 * (`{ "seasons": [{ "name", "ranges": [{ "from": "MM-DD", "to": "MM-DD" }] }], "default",
 * "winterBreakWeeks" }`, see `CalendarOptions`). Types and unknown keys are checked here;
 * dates, overlaps and repeated names by `calendarProblems`, run as the rule's custom check.
 *
 * @example
 * const modelSchema = { $$strict: true, calendar: calendarSchema, … };
 */
export const calendarSchema = {
  type: 'object',
  optional: true,
  strict: true,
  props: {
    seasons: {
      type: 'array',
      optional: true,
      // Season indices are bytes, and the default may need one more.
      max: 255,
      messages: arrayMessages,
      items: {
        type: 'object',
        strict: true,
        props: {
          name: { type: 'string', empty: false },
          ranges: { type: 'array', min: 1, messages: arrayMessages, items: { type: 'object', strict: true, props: { from: monthDay, to: monthDay } } },
        },
      },
    },
    default: { type: 'string', optional: true, empty: false },
    winterBreakWeeks: {
      type: 'array',
      optional: true,
      unique: true,
      messages: { ...arrayMessages, arrayUnique: 'must not list a week twice' },
      items: {
        type: 'number',
        integer: true,
        min: 1,
        max: 53,
        convert: false,
        messages: { numberInteger: 'must be an ISO week number 1–53, got {actual}', numberMax: 'must be an ISO week number 1–53, got {actual}' },
      },
    },
  },
  // fastest-validator's custom check (old signature): returns the findings as errors.
  custom: (value: CalendarOptions | undefined) => calendarProblems(value).map(({ path, problem }) => ({ type: 'calendar', field: path, message: problem })),
};
