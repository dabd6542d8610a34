import { z } from 'astro/zod';
import { partialDate, sourceRef, text } from './common.ts';

export const ENCRYPTION_LEVELS = ['default', 'optional', 'none', 'n/a'] as const;
export const encryptionLevel = z.enum(ENCRYPTION_LEVELS, { error: `expected one of: ${ENCRYPTION_LEVELS.join(', ')}` });
export type EncryptionLevel = z.output<typeof encryptionLevel>;

/**
 * End-to-end encryption, per kind of conversation. `n/a` means the feature does not exist.
 * Only one-to-one chats are required: leave out a kind no source settles rather than guess.
 */
export const encryptionSchema = z
  .object({
    oneToOne: encryptionLevel.meta({ description: 'End-to-end encryption of one-to-one chats.' }),
    groups: encryptionLevel.optional().meta({ description: 'End-to-end encryption of group chats.' }),
    calls: encryptionLevel.optional().meta({ description: 'End-to-end encryption of voice and video calls.' }),
    backups: encryptionLevel.optional().meta({ description: 'End-to-end encryption of chat backups.' }),
    protocol: text.optional().meta({ description: 'Protocol name, e.g. Signal Protocol, MTProto 2.0, OTR.' }),
    since: partialDate.optional().meta({ description: 'When end-to-end encryption became what is described here.' }),
    source: sourceRef,
  })
  .strict();

export type Encryption = z.output<typeof encryptionSchema>;
