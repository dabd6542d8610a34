import { z } from 'astro/zod';
import { text } from './common.ts';

/** A long-form site page (about), one file per language: `content/pages/<locale>/<slug>.mdx`. */
export const pageSchema = z
  .object({
    title: text.max(120, { error: 'is too long (expected at most 120 characters)' }).meta({ description: 'The page title.' }),
  })
  .strict();

export type Page = z.output<typeof pageSchema>;
