import { z } from 'astro/zod';
import { partialDate, sourceRef, text } from './common.ts';

/** A price paid in an acquisition. */
export const priceSchema = z
  .object({
    amount: z.number({ error: 'expected a number without spaces or currency signs' }).positive({ error: 'must be above zero' }),
    currency: z.string({ error: 'expected a currency code such as USD' }).regex(/^[A-Z]{3}$/, { error: 'not a currency code (expected three capital letters such as USD)' }),
  })
  .strict();

/** One period of ownership: acquisitions are history, not trivia. */
export const ownerSchema = z
  .object({
    owner: text.meta({ description: 'The company or person that owned the messenger.' }),
    from: partialDate.meta({ description: 'When the ownership began.' }),
    to: partialDate.optional().meta({ description: 'When it ended; leave out while it lasts.' }),
    price: priceSchema.optional().meta({ description: 'Price paid, when a source states it.' }),
    source: sourceRef,
  })
  .strict();

export type Owner = z.output<typeof ownerSchema>;
