import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { jsonResponse } from '../../data/export.ts';
import { absoluteUrl, SITE_URL, withBase } from '../../lib/site-url.ts';
import { messengerSchema } from '../../schemas/messenger.ts';
import { POPULATION_METRICS, PERCENT_METRICS, METRICS } from '../../lib/vocabulary.ts';

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const itemsOf = (schema: JsonObject, key: string): JsonObject | undefined => {
  const list = isObject(schema['properties']) ? schema['properties'][key] : undefined;
  return isObject(list) && isObject(list['items']) ? list['items'] : undefined;
};

/**
 * The rules zod checks in code (refinements) have no JSON Schema of their own; written here as
 * conditions from the same vocabulary, so editors' autocomplete knows them too.
 */
function withConditions(schema: JsonObject): JsonObject {
  const users = itemsOf(schema, 'users');
  if (users) {
    const counts = METRICS.filter((metric) => !(PERCENT_METRICS as readonly string[]).includes(metric));
    users['allOf'] = [
      { if: { properties: { metric: { enum: [...POPULATION_METRICS] } }, required: ['metric'] }, then: { required: ['population'] } },
      { if: { properties: { metric: { enum: counts } }, required: ['metric'] }, then: { properties: { value: { type: 'integer' } } } },
      { if: { properties: { metric: { enum: [...PERCENT_METRICS] } }, required: ['metric'] }, then: { properties: { value: { maximum: 100 } } } },
    ];
  }
  const events = itemsOf(schema, 'events');
  if (events) {
    events['allOf'] = [{ if: { properties: { kind: { const: 'registry' } }, required: ['kind'] }, then: { required: ['register'] }, else: { not: { required: ['register'] } } }];
  }
  return schema;
}

// The entry format as JSON Schema, generated from the zod schema (never written twice).
export const GET: APIRoute = () =>
  jsonResponse({
    ...withConditions(z.toJSONSchema(messengerSchema, { io: 'input', unrepresentable: 'any' }) as JsonObject),
    // JSON Schema wants an absolute $id: given only when the build knows the site's address.
    ...(SITE_URL ? { $id: absoluteUrl(withBase('/schema/messenger.schema.json')) } : {}),
    title: 'Messenger Atlas entry (frontmatter of content/messengers/<id>.mdx)',
  });
