import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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

export const collections = { messengers, messengersRu };
