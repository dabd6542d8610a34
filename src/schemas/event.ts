import { z } from 'astro/zod';
import { countryCode, partialDate, sourceRef, text } from './common.ts';

export const EVENT_KINDS = [
  'launch',
  'acquisition',
  'rename',
  'shutdown',
  'block',
  'unblock',
  'restriction',
  'registry',
  'breach',
  'policy-change',
  'fine',
  'law',
  'encryption-change',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS, { error: `expected one of: ${EVENT_KINDS.join(', ')}` });
export type EventKind = z.output<typeof eventKindSchema>;

/** A headline in both languages. */
export const bilingualTitleSchema = z
  .object({
    en: text.max(160, { error: 'is too long (expected at most 160 characters)' }),
    ru: text.max(160, { error: 'is too long (expected at most 160 characters)' }),
  })
  .strict();

/** A dated step of the messenger's privacy, regulatory or corporate history. */
export const eventSchema = z
  .object({
    date: partialDate.meta({ description: 'When it happened.' }),
    kind: eventKindSchema.meta({ description: `One of: ${EVENT_KINDS.join(', ')}.` }),
    jurisdiction: countryCode
      .optional()
      .meta({ description: 'Country code (or EU) whose authority acted; leave out for corporate events.' }),
    title: bilingualTitleSchema.meta({ description: 'One line in English (`en`) and Russian (`ru`).' }),
    source: sourceRef,
  })
  .strict();

export type AtlasEvent = z.output<typeof eventSchema>;
