import { z } from 'astro/zod';
import { EVENT_KINDS, REGISTERS, oneOf } from '../lib/vocabulary.ts';
import { countryCode, partialDate, sourceRef, text } from './common.ts';

export const eventKindSchema = z.enum(EVENT_KINDS, { error: oneOf(EVENT_KINDS) });
export const registerSchema = z.enum(REGISTERS, { error: oneOf(REGISTERS) });
export type { EventKind, Register } from '../lib/vocabulary.ts';

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
    date: partialDate.meta({ description: 'When it happened; for a registry event, the date of entry into the register.' }),
    kind: eventKindSchema.meta({ description: `One of: ${EVENT_KINDS.join(', ')}.` }),
    register: registerSchema.optional().meta({
      description:
        'Only with kind registry, and then required: ori (Russia’s register of information-dissemination organisers), social-networks (Russia’s register of social networks) or other.',
    }),
    jurisdiction: countryCode.optional().meta({ description: 'Country code (or EU) whose authority acted; leave out for corporate events.' }),
    previousName: text.optional().meta({
      description: 'Only with kind rename: the name the messenger had until this date (leave out when the company, not the messenger, was renamed).',
    }),
    title: bilingualTitleSchema.meta({ description: 'One line in English (`en`) and Russian (`ru`).' }),
    source: sourceRef,
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.kind === 'registry' && event.register === undefined) {
      ctx.addIssue({ code: 'custom', path: ['register'], input: undefined, message: `expected register: for a registry event (${oneOf(REGISTERS)})` });
    }
    if (event.kind !== 'registry' && event.register !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['register'], input: event.register, message: `is only for kind registry (expected no register: on a ${event.kind} event)` });
    }
    if (event.kind !== 'rename' && event.previousName !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['previousName'], input: event.previousName, message: `is only for kind rename (expected no previousName: on a ${event.kind} event)` });
    }
  });

export type AtlasEvent = z.output<typeof eventSchema>;
