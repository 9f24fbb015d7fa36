import FastestValidator from 'fastest-validator';
import { calendarSchema } from '../calendar/calendar-schema.js';

// The package is CommonJS (`module.exports = Validator`) but its types declare an ES default
// export; under NodeNext the default import is the class itself at run time.
const Validator = FastestValidator as unknown as typeof FastestValidator.default;

const personsPerDay = { type: 'number', min: 0, finite: true, convert: false } as const;

/**
 * The model file's schema for fastest-validator. Unknown keys are refused (`$$strict`), so a
 * misspelt deduction option does not pass unnoticed.
 */
export const modelSchema = {
  $$strict: true,
  name: { type: 'string', optional: true, empty: false },
  uplift: { type: 'number', min: 0, finite: true },
  deductions: {
    type: 'record',
    key: { type: 'string', empty: false },
    value: {
      type: 'multi',
      rules: [
        personsPerDay,
        {
          type: 'object',
          strict: true,
          props: { byArea: { type: 'record', key: { type: 'string', empty: false }, value: personsPerDay } },
        },
      ],
    },
  },
  calendar: calendarSchema,
};

/**
 * Check a parsed model against the schema: `true`, or fastest-validator's list of findings.
 *
 * @example
 * checkModel({ uplift: 0.06, deductions: { residents: 20000 } }); // true
 */
export const checkModel = new Validator({ haltOnFirstError: false }).compile(modelSchema);
