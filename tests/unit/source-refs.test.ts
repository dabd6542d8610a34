// The check finds the source ids an entry names wherever the schema marks a field as taking one
// (sourceRef), not from a list of places kept in step with the schema by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import { sourceRefsIn } from '../../src/lib/check/schema-keys.ts';
import { kebabId, sourceRef, sourceRefs } from '../../src/schemas/common.ts';
import { messengerSchema } from '../../src/schemas/messenger.ts';

const found = (schema: z.ZodType, data: unknown) => sourceRefsIn(schema, data).map(([path, id]) => `${path.join('.')}=${id}`);

describe('sourceRefsIn', () => {
  // A schema of its own: a field the atlas does not have yet is found as soon as it takes sourceRef.
  const schema = z.object({
    id: kebabId,
    successor: kebabId.optional(),
    note: z.object({ text: z.string(), sources: sourceRefs.optional() }).optional(),
    rows: z.array(z.object({ value: z.number(), source: sourceRef })).optional(),
    proof: z.union([z.object({ kind: z.literal('page'), source: sourceRef }), z.object({ kind: z.literal('none') })]).optional(),
  });

  it('finds one id, each id of a list at its index, ids in list rows and in a union, and nothing else', () => {
    const data = {
      id: 'alpha',
      successor: 'beta',
      note: { text: 'x', sources: ['one', 'two'] },
      rows: [
        { value: 1, source: 'three' },
        { value: 2, source: 'four' },
      ],
      proof: { kind: 'page', source: 'five' },
    };
    assert.deepEqual(found(schema, data).sort(), ['note.sources.0=one', 'note.sources.1=two', 'proof.source=five', 'rows.0.source=three', 'rows.1.source=four']);
  });

  it('reads data the schema rejects: misspelt ids are found where they stand, values that are not text are skipped', () => {
    const data = { id: 'Not An Id', note: { sources: 'Blog Post' }, rows: [{ value: 'oops', source: 'Press Release' }, { source: 7 }, 'not a row'], extra: { source: 'unmarked' } };
    assert.deepEqual(found(schema, data).sort(), ['note.sources=Blog Post', 'rows.0.source=Press Release']);
  });

  it('finds every kind of place an entry names its sources in, from the real schema', () => {
    const entry = {
      owners: [{ name: 'Co', from: '2010', source: 'a' }],
      users: [{ date: '2020', value: 1, metric: 'mau', scope: 'world', source: 'b', note: { en: 'x', ru: 'x', sources: ['c', 'd'] } }],
      events: [{ date: '2021', kind: 'launch', source: 'e' }],
      encryption: { history: [{ from: '2016', source: ['f', 'g'] }] },
      openSource: { client: 'yes', source: 'h' },
      business: { bots: true, source: 'i', sources: { payments: 'j' } },
      noOwner: { source: 'k' },
      clientOf: { source: 'l' },
      inclusion: { source: 'm' },
      figuresNote: { sources: 'n' },
      factSources: { platforms: ['o', 'p'], website: 'q' },
      sources: [{ id: 'not-a-reference' }],
    };
    const ids = found(messengerSchema, entry).map((item) => item.split('=')[1]);
    assert.deepEqual(ids.sort(), 'abcdefghijklmnopq'.split(''));
  });
});
