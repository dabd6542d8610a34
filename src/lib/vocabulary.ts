// The atlas's controlled vocabulary: every enum of the data model with its labels in English and
// Russian, in one zod-free module. Schemas build their enums from these lists, `src/lib` reads
// them, and the dictionaries spread the labels in (`labelKeys`), so nothing re-lists an enum.

/** Labels of one vocabulary, per language. */
type Labels<V extends string> = { readonly en: Readonly<Record<V, string>>; readonly ru: Readonly<Record<V, string>> };

/**
 * The years a view can name: the table's launch-year filter (`from`, `to`) and a view at a date
 * (`?at=`, which also stops at the build date). Older than the oldest entry (IRC, 1988) so that a
 * predecessor can be added, and bounded above so a typo is refused instead of read.
 */
export const YEAR_MIN = 1970;
export const YEAR_MAX = 2100;

/** How many messengers one comparison holds (the table's selection, `?ids=` of compare). */
export const COMPARE_LIMIT = 4;

/** Kinds of service (labels: `category.*` in the dictionaries). */
export const CATEGORIES = ['consumer', 'workplace', 'social', 'open-network', 'client'] as const;
/** How the service is built (labels: `architecture.*`). */
export const ARCHITECTURES = ['centralized', 'federated', 'peer-to-peer'] as const;
/** Platforms with an official client (labels: `platform.*`). */
export const PLATFORMS = ['android', 'ios', 'windows', 'macos', 'linux', 'web'] as const;

/** The business features, in the order the entry page lists them. */
export const BUSINESS_FEATURES = ['bots', 'channels', 'businessApi', 'payments', 'ads'] as const;
export type BusinessFeature = (typeof BUSINESS_FEATURES)[number];
/** Is a phone number needed to sign up (labels: `phone.*`). */
export const PHONE_NUMBER = ['required', 'optional', 'no'] as const;

/** What a user figure counts. The metric is what the source says, never inferred. */
export const METRICS = [
  'mau',
  'dau',
  'registered',
  'monthly-active-accounts',
  'monthly-active-recipients',
  'peak-concurrent',
  'users',
  'monthly-reach',
  'daily-reach',
  'monthly-reach-share',
  'daily-reach-share',
  'survey-share',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Labels<Metric> = {
  en: {
    mau: 'monthly active users',
    dau: 'daily active users',
    registered: 'registered accounts',
    'monthly-active-accounts': 'monthly active accounts',
    'monthly-active-recipients': 'average monthly active recipients (EU Digital Services Act)',
    'peak-concurrent': 'peak concurrent users',
    users: 'users (not defined by the source)',
    'monthly-reach': 'monthly reach (audience panel)',
    'daily-reach': 'daily reach (audience panel)',
    'monthly-reach-share': 'monthly reach, % of the population (audience panel)',
    'daily-reach-share': 'daily reach, % of the population (audience panel)',
    'survey-share': 'share of people surveyed who use it, %',
  },
  ru: {
    mau: 'активных пользователей в месяц',
    dau: 'активных пользователей в день',
    registered: 'зарегистрированных аккаунтов',
    'monthly-active-accounts': 'активных аккаунтов в месяц',
    'monthly-active-recipients': 'среднемесячных активных получателей (Закон ЕС о цифровых услугах)',
    'peak-concurrent': 'пользователей онлайн одновременно (пик)',
    users: 'пользователей (источник не уточняет, каких)',
    'monthly-reach': 'месячный охват (измерение аудитории)',
    'daily-reach': 'дневной охват (измерение аудитории)',
    'monthly-reach-share': 'месячный охват, % населения (измерение аудитории)',
    'daily-reach-share': 'дневной охват, % населения (измерение аудитории)',
    'survey-share': 'доля опрошенных, которые им пользуются, %',
  },
};

/** Metrics that count people reached, as an audience panel measures them: they need a `population`. */
export const REACH_METRICS = ['monthly-reach', 'daily-reach'] as const satisfies readonly Metric[];
/**
 * Metrics whose value is a percent (0–100, decimals allowed) rather than a whole count: a panel's
 * reach given as a share of the population it measures, and a survey's share of respondents.
 */
export const PERCENT_METRICS = ['monthly-reach-share', 'daily-reach-share', 'survey-share'] as const satisfies readonly Metric[];
/**
 * Metrics whose figure means nothing without the population it is of: the reach and percent
 * metrics above. Written out, not spread, so a page that does not use it ships no copy.
 */
export const POPULATION_METRICS = ['monthly-reach', 'daily-reach', 'monthly-reach-share', 'daily-reach-share', 'survey-share'] as const satisfies readonly [
  ...typeof REACH_METRICS,
  ...typeof PERCENT_METRICS,
];

export const isPercentMetric = (metric: Metric): boolean => (PERCENT_METRICS as readonly Metric[]).includes(metric);
export const needsPopulation = (metric: Metric): boolean => (POPULATION_METRICS as readonly Metric[]).includes(metric);

/** When figures of different metrics share a date, this order picks the headline one. */
export const METRIC_PREFERENCE: readonly Metric[] = [
  'mau',
  'monthly-active-accounts',
  'monthly-active-recipients',
  'monthly-reach',
  'dau',
  'daily-reach',
  'users',
  'registered',
  'peak-concurrent',
  'monthly-reach-share',
  'daily-reach-share',
  'survey-share',
];

/** Who measured a figure (replaces v1's `official: true | false`). */
export const MEASURED_BY = ['company', 'panel', 'survey', 'estimate'] as const;
export type MeasuredBy = (typeof MEASURED_BY)[number];

export const MEASURED_BY_LABELS: Labels<MeasuredBy> = {
  en: {
    company: 'Reported by the company',
    panel: 'Audience panel',
    survey: 'Survey',
    estimate: 'Third-party estimate',
  },
  ru: {
    company: 'Данные компании',
    panel: 'Измерение аудитории',
    survey: 'Опрос',
    estimate: 'Оценка третьей стороны',
  },
};

/** End-to-end encryption of one kind of conversation. `n/a`: the feature does not exist. */
export const ENCRYPTION_LEVELS = ['default', 'optional', 'none', 'n/a'] as const;
export type EncryptionLevel = (typeof ENCRYPTION_LEVELS)[number];

export const ENCRYPTION_LEVEL_LABELS: Labels<EncryptionLevel> = {
  en: { default: 'By default', optional: 'Optional', none: 'None', 'n/a': 'No such feature' },
  ru: { default: 'По умолчанию', optional: 'По желанию', none: 'Нет', 'n/a': 'Функции нет' },
};

/** The kinds of conversation whose encryption the atlas records, in display order. */
export const ENCRYPTION_KINDS = ['oneToOne', 'groups', 'calls', 'backups'] as const;
export type EncryptionKind = (typeof ENCRYPTION_KINDS)[number];

export const ENCRYPTION_KIND_LABELS: Labels<EncryptionKind> = {
  en: { oneToOne: 'One-to-one chats', groups: 'Group chats', calls: 'Calls', backups: 'Backups' },
  ru: { oneToOne: 'Личные чаты', groups: 'Групповые чаты', calls: 'Звонки', backups: 'Резервные копии' },
};

/** Kinds of dated event. */
export const EVENT_KINDS = [
  'launch',
  'acquisition',
  'rename',
  'shutdown',
  'block',
  'unblock',
  'restriction',
  'warning',
  'registry',
  'breach',
  'policy-change',
  'fine',
  'law',
  'encryption-change',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Labels<EventKind> = {
  en: {
    launch: 'Launch',
    acquisition: 'Acquisition',
    rename: 'Rename',
    shutdown: 'Shutdown',
    block: 'Block',
    unblock: 'Unblock',
    restriction: 'Restriction',
    warning: 'Warning',
    registry: 'Registry',
    breach: 'Breach',
    'policy-change': 'Policy change',
    fine: 'Fine',
    law: 'Law',
    'encryption-change': 'Encryption change',
  },
  ru: {
    launch: 'Запуск',
    acquisition: 'Покупка',
    rename: 'Переименование',
    shutdown: 'Закрытие',
    block: 'Блокировка',
    unblock: 'Разблокировка',
    restriction: 'Ограничение',
    warning: 'Предупреждение',
    registry: 'Реестр',
    breach: 'Взлом или утечка',
    'policy-change': 'Новые правила',
    fine: 'Штраф',
    law: 'Закон',
    'encryption-change': 'Изменение шифрования',
  },
};

/** The four criteria for inclusion in the atlas (/about/, "What enters the atlas"). */
export const INCLUSION_CRITERIA = ['audience', 'history', 'regulation', 'technology'] as const;
export type InclusionCriterion = (typeof INCLUSION_CRITERIA)[number];
export const INCLUSION_CRITERION_LABELS: Labels<InclusionCriterion> = {
  en: { audience: 'Audience', history: 'History', regulation: 'Regulation', technology: 'Technology' },
  ru: { audience: 'Аудитория', history: 'История', regulation: 'Регулирование', technology: 'Технологии' },
};
/** The audience criterion: at some point at least this many users, by a published figure of any kind. */
export const AUDIENCE_THRESHOLD = 100_000;
/** Event kinds that are always an authority's act (other kinds are one when they name a jurisdiction). */
export const AUTHORITY_EVENT_KINDS = ['block', 'unblock', 'restriction', 'warning', 'registry', 'fine', 'law'] as const satisfies readonly EventKind[];

/** Corporate milestones; every other event kind is privacy or regulatory history. */
export const CORPORATE_EVENT_KINDS = ['launch', 'acquisition', 'rename', 'shutdown'] as const satisfies readonly EventKind[];

/** Registers a `registry` event can name. */
export const REGISTERS = ['ori', 'social-networks', 'other'] as const;
export type Register = (typeof REGISTERS)[number];

export const REGISTER_LABELS: Labels<Register> = {
  en: {
    ori: 'Russia’s register of information-dissemination organisers (ORI)',
    'social-networks': 'Russia’s register of social networks',
    other: 'Another register',
  },
  ru: {
    ori: 'Реестр организаторов распространения информации (ОРИ)',
    'social-networks': 'Реестр социальных сетей',
    other: 'Другой реестр',
  },
};

/**
 * Dictionary entries for a vocabulary: `labelKeys('metric', METRIC_LABELS.en)` gives
 * `{ 'metric.mau': 'monthly active users', … }`, typed key by key, for spreading into en.ts and ru.ts.
 */
export function labelKeys<P extends string, V extends string>(prefix: P, labels: Readonly<Record<V, string>>): Record<`${P}.${V}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [`${prefix}.${value}`, label])) as Record<`${P}.${V}`, string>;
}

/** `expected one of: a, b, c` — the tail of an editor message about an enum. */
export const oneOf = (values: readonly string[]): string => `expected one of: ${values.join(', ')}`;
