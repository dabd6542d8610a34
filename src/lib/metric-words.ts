// Server-side wording of a metric after its value. Kept out of vocabulary.ts and the UI dictionaries,
// which the table's script loads in the browser: only pages built on the server quote figures in sentences.
import type { Locale } from '../i18n/index.ts';
import { METRIC_LABELS, type Metric } from './vocabulary.ts';

/**
 * A metric as it reads after its value in a sentence ("46.7% of people surveyed use it"), where the
 * column label would repeat the percent sign ("46.7% share of people surveyed who use it, %"). Counts
 * read the same either way.
 */
const METRIC_AFTER_VALUE: Readonly<Record<Locale, Readonly<Record<Metric, string>>>> = {
  en: {
    ...METRIC_LABELS.en,
    'monthly-reach-share': 'of the population reached in a month (audience panel)',
    'daily-reach-share': 'of the population reached in a day (audience panel)',
    'survey-share': 'of people surveyed use it',
  },
  ru: {
    ...METRIC_LABELS.ru,
    'monthly-reach-share': 'населения — месячный охват (измерение аудитории)',
    'daily-reach-share': 'населения — дневной охват (измерение аудитории)',
    'survey-share': 'опрошенных пользуются им',
  },
};

/** `metric` as it reads after a formatted value in a sentence of the given language. */
export function metricAfterValue(metric: Metric, locale: Locale): string {
  return METRIC_AFTER_VALUE[locale][metric];
}
