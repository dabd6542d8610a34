import { z } from 'astro/zod';
import { ENCRYPTION_KINDS, ENCRYPTION_LEVELS, oneOf } from '../lib/vocabulary.ts';
import { partialDate, sourceRefs, text } from './common.ts';

export type { EncryptionKind, EncryptionLevel } from '../lib/vocabulary.ts';

export const encryptionLevel = z.enum(ENCRYPTION_LEVELS, { error: oneOf(ENCRYPTION_LEVELS) });

const KIND_DESCRIPTIONS = {
  oneToOne: 'End-to-end encryption of one-to-one chats from this date.',
  groups: 'End-to-end encryption of group chats from this date.',
  calls: 'End-to-end encryption of voice and video calls from this date.',
  backups:
    "End-to-end encryption of the chat history kept off the user's devices from this date: a backup to a cloud drive, or the history the service keeps on its servers; n/a only where no copy leaves the devices.",
} as const satisfies Record<(typeof ENCRYPTION_KINDS)[number], string>;

/**
 * One dated step of a messenger's end-to-end encryption: from `from` on, each kind it names has
 * the level given (default, optional, none, or n/a when the feature does not exist). Kinds it
 * leaves out keep what earlier steps said; a kind no step names is unknown.
 */
export const encryptionStepSchema = z
  .object({
    from: partialDate.meta({ description: 'When this step took effect.' }),
    oneToOne: encryptionLevel.optional().meta({ description: KIND_DESCRIPTIONS.oneToOne }),
    groups: encryptionLevel.optional().meta({ description: KIND_DESCRIPTIONS.groups }),
    calls: encryptionLevel.optional().meta({ description: KIND_DESCRIPTIONS.calls }),
    backups: encryptionLevel.optional().meta({ description: KIND_DESCRIPTIONS.backups }),
    protocol: text.optional().meta({ description: 'Protocol in use from this step on, e.g. Signal Protocol.' }),
    source: sourceRefs.meta({
      description: 'The source of this step: one id, or a list when no single page settles it (one report dates the change, another names the protocol).',
    }),
  })
  .strict()
  .refine((step) => ENCRYPTION_KINDS.some((kind) => step[kind] !== undefined) || step.protocol !== undefined, {
    error: `says nothing (expected at least one of: ${ENCRYPTION_KINDS.join(', ')}, protocol)`,
  });

/** End-to-end encryption as a dated history, oldest step first; `protocol` is the current protocol name. */
export const encryptionSchema = z
  .object({
    protocol: text.optional().meta({ description: 'Current protocol name, e.g. Signal Protocol, MTProto 2.0, OTR.' }),
    history: z
      .array(encryptionStepSchema)
      .min(1, { error: 'is empty (expected at least one dated step)' })
      .meta({ description: 'Dated steps, oldest first; each sets the kinds it names from its `from` date on.' }),
  })
  .strict();

export type EncryptionStep = z.output<typeof encryptionStepSchema>;
export type Encryption = z.output<typeof encryptionSchema>;
