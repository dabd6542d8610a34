import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { jsonResponse } from '../../data/export.ts';
import { messengerSchema } from '../../schemas/messenger.ts';

// The entry format as JSON Schema, generated from the zod schema (never written twice).
export const GET: APIRoute = ({ site }) =>
  jsonResponse({
    ...z.toJSONSchema(messengerSchema, { io: 'input', unrepresentable: 'any' }),
    $id: new URL('/schema/messenger.schema.json', site).href,
    title: 'Messenger Atlas entry (frontmatter of content/messengers/<id>.mdx)',
  });
