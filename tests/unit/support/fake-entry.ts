// A minimal valid entry for unit tests of the derivations: one source `s`, nothing else, and the
// fields a test cares about laid over it.
import type { Messenger } from '../../../src/schemas/messenger.ts';

export const FAKE_SOURCE: Messenger['sources'][number] = { id: 's', title: 'T', publisher: 'P', url: 'https://example.com/', accessed: '2026-12-01', language: 'en' };

export function fakeEntry(id: string, fields: Partial<Messenger> = {}): Messenger {
  return {
    id,
    name: id.toUpperCase(),
    aliases: [],
    summary: 'x',
    category: 'consumer',
    owners: [],
    architecture: 'centralized',
    platforms: [],
    users: [],
    events: [],
    sources: [FAKE_SOURCE],
    reviewed: '2026-12-01',
    ...fields,
  } as Messenger;
}
