import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { pageSchema } from './schemas/page.ts';
import { messengerRuSchema, messengerSchema } from './schemas/messenger.ts';

// Files starting with `_` (the template) are not entries.
const messengers = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/messengers' }),
  schema: messengerSchema,
});

const messengersRu = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/messengers/ru' }),
  schema: messengerRuSchema,
});

// Long-form site pages (about), one file per language: `content/pages/<locale>/<slug>.mdx`.
const pages = defineCollection({
  loader: glob({ pattern: '*/[^_]*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

// Guides: English in content/guides/, Russian in content/guides/ru/, same slug.
const guides = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/guides' }),
  schema: guideSchema,
});
const guidesRu = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/guides/ru' }),
  schema: guideSchema,
});

export const collections = { messengers, messengersRu, pages, guides, guidesRu };
