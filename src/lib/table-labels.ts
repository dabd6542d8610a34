// The table's words for its filter values and cells, typed by the vocabulary, so every label is a
// dictionary key the compiler knows rather than a string cast to one.
import type { Translate } from '../i18n/index.ts';
import { FILTERS, type FilterKey } from './table-view.ts';
import { METRICS, type Metric } from './vocabulary.ts';

export type FilterValue<K extends FilterKey> = (typeof FILTERS)[K][number];

type FilterLabels = { [K in FilterKey]: (value: FilterValue<K>) => string };

/** Each filter's value labels: `unknown` (and `none` for Russia) in words, codes by their vocabulary. */
export function filterLabels(t: Translate): FilterLabels {
  const known =
    <V extends string>(label: (value: V) => string) =>
    (value: V | 'unknown') =>
      value === 'unknown' ? t('unknown') : label(value);
  return {
    category: (value) => t(`category.${value}`),
    status: (value) => (value === 'active' ? t('status.active') : t('filter.discontinued')),
    e2ee: known((value) => t(`level.${value}`)),
    os: known((value) => t(`yesno.${value}`)),
    phone: known((value) => t(`phone.${value}`)),
    arch: known((value) => t(`architecture.${value}`)),
    ru: (value) => t(`russia.${value}`),
  };
}

/** One filter's values with their labels, for the filter's checkboxes. */
export function filterOptions<K extends FilterKey>(key: K, labels: FilterLabels): { value: FilterValue<K>; label: string }[] {
  const label: (value: FilterValue<K>) => string = labels[key];
  return FILTERS[key].map((value: FilterValue<K>) => ({ value, label: label(value) }));
}

/** The metric of a `metric:scope` pair, if it names one. */
export function pairMetric(pair: string): Metric | undefined {
  const text = pair.split(':')[0];
  return METRICS.find((metric) => metric === text);
}
