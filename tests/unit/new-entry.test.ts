import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { idFromName, newEntryFiles } from '../../src/lib/new-entry.ts';

describe('npm run new', () => {
  it('derives a kebab-case id from names in any script', () => {
    assert.equal(idFromName('Yahoo! Messenger'), 'yahoo-messenger');
    assert.equal(idFromName('ТамТам'), 'tamtam');
    assert.equal(idFromName('  Élan Chat 2 '), 'elan-chat-2');
    assert.equal(idFromName('!!!'), '');
  });
  it('writes a file that the check refuses until the editor fills in the required fields', () => {
    const { id, entry, ru } = newEntryFiles('Zangi Messenger', '2026-11-25');
    const problems = checkContent(
      [
        { path: `content/messengers/${id}.mdx`, text: entry },
        { path: `content/messengers/ru/${id}.mdx`, text: ru },
      ],
      { today: '2026-11-25' },
    );
    const fields = problems.filter((p) => p.severity === 'error').map((p) => p.field);
    for (const field of ['summary', 'category', 'launched', 'architecture', 'sources']) assert.ok(fields.includes(field), `${field} in ${fields.join(', ')}`);
    assert.ok(
      problems.every((p) => p.line >= 1 && p.message.includes('expected')),
      problems.map((p) => p.message).join('\n'),
    );
  });
});
