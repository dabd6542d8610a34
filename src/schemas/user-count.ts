import { z } from 'astro/zod';
import { countryCode, partialDate, sourceRef, text } from './common.ts';

/** What a user figure counts. Never turn "registered" into "active". */
export const METRICS = ['mau', 'dau', 'registered', 'monthly-active-accounts', 'peak-concurrent'] as const;
export const metricSchema = z.enum(METRICS, { error: `expected one of: ${METRICS.join(', ')}` });
export type Metric = z.output<typeof metricSchema>;

/** `world`, or the country a figure is limited to. */
export const scopeSchema = z.union([z.literal('world'), countryCode], {
  error: 'expected world or a two-letter country code such as RU',
});

/** One dated observation of a messenger's user base. */
export const userCountSchema = z
  .object({
    date: partialDate.meta({ description: 'The date the figure describes (not the date it was published).' }),
    value: z
      .number({ error: 'expected a whole number without spaces, e.g. 950000000' })
      .int({ error: 'expected a whole number' })
      .positive({ error: 'must be above zero' }),
    metric: metricSchema.meta({ description: 'What is counted: mau, dau, registered, monthly-active-accounts or peak-concurrent.' }),
    scope: scopeSchema.meta({ description: '`world`, or the country code the figure is limited to.' }),
    official: z
      .boolean({ error: 'expected true (the company reported it) or false (a third party estimated it)' })
      .meta({ description: 'true when the company reported it; false for a third-party estimate.' }),
    source: sourceRef,
    note: text.optional().meta({ description: 'Anything a reader needs to read the figure right.' }),
  })
  .strict();

export type UserCount = z.output<typeof userCountSchema>;
