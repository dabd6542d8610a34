import { z } from 'astro/zod';
import { countryCode, kebabId, partialDate, fullDate, sourceRef, sourceRefs, text, yesPartlyNo } from './common.ts';
import { encryptionSchema } from './encryption.ts';
import { eventSchema } from './event.ts';
import { ownerSchema } from './owner.ts';
import { sourceSchema } from './source.ts';
import { bilingualTextSchema, sourcedNoteSchema, userCountSchema } from './user-count.ts';
import { ARCHITECTURES, BUSINESS_FEATURES, CATEGORIES, INCLUSION_CRITERIA, PHONE_NUMBER, PLATFORMS, oneOf } from '../lib/vocabulary.ts';

export { ARCHITECTURES, CATEGORIES, PHONE_NUMBER, PLATFORMS };

/** Open-source status of the client apps and the server. */
export const openSourceSchema = z
  .object({
    client: yesPartlyNo.meta({ description: 'Is the client source code published under an open licence?' }),
    server: yesPartlyNo
      .optional()
      .meta({ description: 'Is the server source code published under an open licence? Left out when no source says (a published client says nothing of the server).' }),
    licence: text.optional().meta({ description: 'SPDX licence id(s), e.g. GPL-3.0 or AGPL-3.0.' }),
    source: sourceRefs.optional().meta({
      description: 'The source of these values: one id, or a list when the code and its licences sit in several repositories (the app in one, the core library in another).',
    }),
  })
  .strict();

/** The plain facts of an entry that carry no `source:` of their own, in the order they stand in the frontmatter. */
export const FACT_FIELDS = ['launched', 'discontinued', 'origin', 'headquarters', 'website', 'architecture', 'phoneNumber', 'platforms'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** A map from each of `keys` to what backs it (`ref`: one source id, or one or a list), every key optional. */
function sourcesFor<const K extends readonly string[], R extends z.ZodType>(keys: K, ref: R) {
  return z.object(Object.fromEntries(keys.map((key) => [key, ref.optional()])) as { [P in K[number]]: z.ZodOptional<R> }).strict();
}

/** Which source backs each plain fact: `factSources: { phoneNumber: wechat-privacy-2026 }`, or a list: `platforms: [lark-desktop-help, lark-web-help]`. */
export const factSourcesSchema = sourcesFor(FACT_FIELDS, sourceRefs).meta({
  description: `The source of each plain fact above that has no source: field of its own, by field name (${FACT_FIELDS.join(', ')}); shown beside the fact on the entry page. A list where no one source settles the whole fact (platforms named on several of a vendor's pages).`,
});

/** Features that matter to businesses; leave out what no source confirms. */
export const businessSchema = z
  .object({
    bots: z.boolean().optional().meta({ description: 'Programmable bots.' }),
    channels: z.boolean().optional().meta({ description: 'One-to-many channels or broadcast lists.' }),
    businessApi: z.boolean().optional().meta({ description: 'An official API for businesses to message customers.' }),
    payments: z.boolean().optional().meta({
      description:
        "Paying people or businesses inside the app (transfers, red envelopes, paying in a chat, gifts the recipient can cash). Buying the app's own stickers, gifts or credits does not count.",
    }),
    ads: z.boolean().optional().meta({ description: 'Advertising shown in the app.' }),
    source: sourceRef.optional().meta({ description: 'The source of every feature above that sources: does not name one for.' }),
    sources: sourcesFor(BUSINESS_FEATURES, sourceRef)
      .optional()
      .meta({ description: 'A source of its own for a feature that another source settles (bots from the developer docs, payments from the press).' }),
  })
  .strict();

/** The facts of one messenger: the frontmatter of `content/messengers/<id>.mdx`. */
export const messengerSchema = z
  .object({
    id: kebabId.meta({ description: 'The file name without `.mdx`; it is the URL slug.' }),
    name: text.meta({ description: 'Display name.' }),
    aliases: z.array(text).default([]).meta({ description: 'Other names and spellings in any script (Телеграм, Аська, OICQ); search uses them.' }),
    summary: text.max(200, { error: 'is too long (expected at most 200 characters)' }).meta({ description: 'One English sentence, at most 200 characters.' }),
    category: z
      .enum(CATEGORIES, { error: oneOf(CATEGORIES) })
      .meta({ description: 'consumer, workplace (chat), social (network messaging), open-network (protocol) or client (a program that connects to networks it does not run).' }),
    launched: partialDate.optional().meta({ description: 'First public release. Leave out only when no acceptable source gives even the year.' }),
    discontinued: partialDate.optional().meta({ description: 'When the service shut down; leave out while it runs.' }),
    successor: kebabId.optional().meta({ description: 'Id of the entry that replaced this one, if it is in the atlas.' }),
    origin: countryCode.optional().meta({ description: 'Country where it was created.' }),
    headquarters: countryCode.optional().meta({ description: 'Country of its operator’s headquarters now (or at shutdown).' }),
    website: z
      .url({ protocol: /^https$/, error: 'not an https URL (expected https://…)' })
      .optional()
      .meta({ description: 'Official website.' }),
    owners: z.array(ownerSchema).default([]).meta({ description: 'Owners over time, oldest first.' }),
    noOwner: z.object({ note: bilingualTextSchema, source: sourceRef }).strict().optional().meta({
      description:
        'For an open protocol that no company owns (IRC, XMPP), instead of owners: who maintains its specifications, in English (`en`) and Russian (`ru`), with a source. Never beside owners.',
    }),
    clientOf: z
      .object({
        networks: z
          .array(text)
          .min(1, { error: 'is empty (expected at least one network)' })
          .meta({ description: 'Entry ids of the networks it connects to (icq, xmpp), or the name of a network the atlas has no entry for (Bonjour).' }),
        source: sourceRef,
      })
      .strict()
      .optional()
      .meta({ description: 'Only for category client: the networks it connects to, with a source.' }),
    architecture: z
      .enum(ARCHITECTURES, { error: oneOf(ARCHITECTURES) })
      .optional()
      .meta({ description: 'centralized, federated or peer-to-peer; left out where sources disagree on how it is built.' }),
    openSource: openSourceSchema.optional(),
    phoneNumber: z
      .enum(PHONE_NUMBER, { error: oneOf(PHONE_NUMBER) })
      .optional()
      .meta({
        description:
          "Is the user's own phone number needed to sign up: required; optional (not needed, but an account can give one, at sign-up or later); or no (accounts are never tied to the user's number).",
      }),
    platforms: z
      .array(z.enum(PLATFORMS, { error: oneOf(PLATFORMS) }))
      .default([])
      .meta({ description: 'Platforms with an official client (now, or at shutdown).' }),
    factSources: factSourcesSchema.optional(),
    encryption: encryptionSchema.optional().meta({ description: 'End-to-end encryption as a dated history; leave out while no source settles it.' }),
    business: businessSchema.optional(),
    users: z.array(userCountSchema).default([]).meta({ description: 'User figures, oldest first.' }),
    inclusion: z
      .object({
        criterion: z.enum(INCLUSION_CRITERIA, { error: oneOf(INCLUSION_CRITERIA) }),
        note: bilingualTextSchema,
        source: sourceRef,
      })
      .strict()
      .optional()
      .meta({
        description:
          'Why it is in the atlas when its figures and events do not show it: history or technology (or an audience figure that is not a user count, such as sign-ups), in English (`en`) and Russian (`ru`), with a source. A figure of 100,000 or more and an act of an authority among events count by themselves.',
      }),
    figuresNote: sourcedNoteSchema.optional().meta({
      description:
        'Why the entry has no recent figure, in English (`en`) and Russian (`ru`): e.g. the company publishes none, or a decentralised network cannot be counted; `sources` for a page it cites. Shown beside the stale mark.',
    }),
    events: z.array(eventSchema).default([]).meta({ description: 'Dated history, oldest first.' }),
    sources: z.array(sourceSchema).min(1, { error: 'is empty (expected at least one source)' }),
    reviewed: fullDate.meta({ description: 'The day the facts were last checked against the sources.' }),
  })
  .strict();

export type Messenger = z.output<typeof messengerSchema>;
export type Category = Messenger['category'];

/** Frontmatter of `content/messengers/ru/<id>.mdx`: the Russian summary; the body is the Russian prose. */
export const messengerRuSchema = z
  .object({
    summary: text.max(200, { error: 'is too long (expected at most 200 characters)' }).meta({ description: 'One Russian sentence, at most 200 characters.' }),
  })
  .strict();

export type MessengerRu = z.output<typeof messengerRuSchema>;
