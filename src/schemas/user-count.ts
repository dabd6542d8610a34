import { z } from 'astro/zod';
import { MEASURED_BY, METRICS, PERCENT_METRICS, POPULATION_METRICS, needsPopulation, isPercentMetric, oneOf } from '../lib/vocabulary.ts';
import { countryCode, partialDate, sourceRef, sourceRefs, text } from './common.ts';

export type { MeasuredBy, Metric } from '../lib/vocabulary.ts';

/** What a user figure counts. The metric is what the source says: never turn "users" into "active". */
export const metricSchema = z.enum(METRICS, { error: oneOf(METRICS) });

/** Who measured a figure: the company itself, an audience panel, a survey, or a third party's estimate. */
export const measuredBySchema = z.enum(MEASURED_BY, { error: oneOf(MEASURED_BY) });

/** `world`, or the country a figure is limited to. */
export const scopeSchema = z.union([z.literal('world'), countryCode], {
  error: 'expected world, a two-letter country code such as RU, or EU',
});

/** A short text in both languages, carrying the same numbers in each. */
export const bilingualTextSchema = z
  .object({
    en: text.max(400, { error: 'is too long (expected at most 400 characters)' }),
    ru: text.max(400, { error: 'is too long (expected at most 400 characters)' }),
  })
  .strict();

/**
 * A note on a figure, or on an entry's figures as a whole. When it brings in what another page
 * says (the fieldwork of a survey as a newspaper reports it, a count the note gives instead of
 * charting it), `sources` names that page and the note carries its footnote; a figure's own
 * `source` stays the one that gives the number.
 */
export const sourcedNoteSchema = z
  .object({
    ...bilingualTextSchema.shape,
    sources: sourceRefs.optional().meta({ description: 'The source, or a list of them, for what the note itself states; ids from this entry’s `sources`.' }),
  })
  .strict();

/** One dated observation of a messenger's user base. */
export const userCountSchema = z
  .object({
    date: partialDate.meta({ description: 'The date the figure describes (not the date it was published).' }),
    value: z
      .number({ error: 'expected a number without spaces, e.g. 950000000 (or 37.5 for a percent metric such as survey-share)' })
      .positive({ error: 'must be above zero' })
      .meta({ description: `People or accounts, a whole number; for ${PERCENT_METRICS.join(', ')} a percent from 0 to 100, decimals allowed.` }),
    metric: metricSchema.meta({ description: `What is counted: ${METRICS.join(', ')}.` }),
    scope: scopeSchema.meta({ description: '`world`, the country code the figure is limited to, or `EU` for the European Union as a whole.' }),
    measuredBy: measuredBySchema.meta({
      description: 'company (it published the figure), panel (an audience panel such as Mediascope), survey, or estimate (a third party’s estimate).',
    }),
    measurer: text.optional().meta({ description: 'Who measured it, when not the company itself: the panel, pollster or analyst firm (e.g. Mediascope).' }),
    population: bilingualTextSchema.optional().meta({ description: `The base the figure is of (e.g. Russia, ages 12+); required for ${POPULATION_METRICS.join(', ')}.` }),
    source: sourceRef,
    note: sourcedNoteSchema.optional().meta({
      description: 'Anything a reader needs to read the figure right, in English (`en`) and Russian (`ru`), with the same numbers; `sources` for what it takes from another page.',
    }),
  })
  .strict()
  .superRefine((point, ctx) => {
    if (isPercentMetric(point.metric)) {
      if (point.value > 100) ctx.addIssue({ code: 'custom', path: ['value'], input: point.value, message: `not a percent (expected a number from 0 to 100 for ${point.metric})` });
    } else if (!Number.isInteger(point.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        input: point.value,
        message: `not a whole number (expected a count of people or accounts; only the percent metrics ${PERCENT_METRICS.join(', ')} take decimals)`,
      });
    }
    if (needsPopulation(point.metric) && !point.population) {
      ctx.addIssue({
        code: 'custom',
        path: ['population'],
        input: undefined,
        message: `expected population: with en and ru, the base a ${point.metric} figure is of, e.g. en: Russia, ages 12+`,
      });
    }
  });

export type UserCount = z.output<typeof userCountSchema>;
