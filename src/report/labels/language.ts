/** The report's languages: Norwegian bokmål, Norwegian nynorsk, English. */
export type Language = 'nb' | 'nn' | 'en';

/** The languages, in the order `--help` lists them (and `LABELS` holds them). */
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];
