import { z } from 'astro/zod';
import { fullDate, kebabId, partialDate, text } from './common.ts';

/** A published page that supports one or more facts of an entry. */
export const sourceSchema = z
  .object({
    id: kebabId.meta({ description: 'Short id that facts use to cite this source, e.g. `meta-2023-q4`.' }),
    title: text.meta({ description: 'The page’s own title, in its own language.' }),
    publisher: text.meta({ description: 'Who published it: a company, a newspaper, a regulator.' }),
    authors: z.array(text).optional().meta({ description: 'Authors as printed, e.g. `Ivan Petrov`.' }),
    url: z.url({ protocol: /^https$/, error: 'not an https URL (expected https://…)' }).meta({ description: 'Where the page can be read; https only.' }),
    published: partialDate.optional().meta({ description: 'Publication date, as precise as the page gives it.' }),
    accessed: fullDate.meta({ description: 'The day an editor read the page and checked the fact.' }),
    language: z
      .string({ error: 'expected a language code such as en or ru' })
      .regex(/^[a-z]{2}$/, { error: 'not a language code (expected two lower-case letters such as en or ru)' })
      .meta({ description: 'ISO 639-1 code of the page’s language.' }),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
