import { z } from 'astro/zod';
import { fullDate, kebabId, text } from './common.ts';
import { sourceSchema } from './source.ts';

/**
 * A long-form guide, one file per language: `content/guides/<slug>.mdx` (English) and
 * `content/guides/ru/<slug>.mdx` (Russian). Figures the atlas holds are shown through
 * `<Figure>`, never typed into prose; other claims cite the guide's own `sources` with `<Cite>`.
 */
export const guideSchema = z
  .object({
    title: text.max(120, { error: 'is too long (expected at most 120 characters)' }),
    description: text.max(200, { error: 'is too long (expected at most 200 characters)' }),
    messengers: z.array(kebabId).default([]).meta({ description: 'Ids of the entries the guide discusses; those entries link back to it.' }),
    sources: z.array(sourceSchema).default([]).meta({ description: 'Sources cited in the prose with <Cite id="…" />.' }),
    reviewed: fullDate,
  })
  .strict();

export type Guide = z.output<typeof guideSchema>;
