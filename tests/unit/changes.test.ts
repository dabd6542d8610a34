import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByDate, parseGitLog } from '../../src/lib/changes.ts';

const LOG = `@2026-11-26
M\tcontent/messengers/telegram.mdx
M\tcontent/messengers/ru/viber.mdx

@2026-11-25
M\tcontent/messengers/telegram.mdx
A\tcontent/messengers/telegram.mdx
A\tcontent/messengers/ru/telegram.mdx
A\tcontent/messengers/_template.mdx
A\tcontent/messengers/viber.mdx
`;

describe('change log from git', () => {
  it('lists additions and updates per day, newest first, once per entry and day', () => {
    assert.deepEqual(parseGitLog(LOG), [
      { date: '2026-11-26', id: 'telegram', kind: 'updated' },
      { date: '2026-11-26', id: 'viber', kind: 'updated' },
      { date: '2026-11-25', id: 'telegram', kind: 'added' },
      { date: '2026-11-25', id: 'viber', kind: 'added' },
    ]);
  });
  it('groups by day', () => {
    assert.deepEqual(
      groupByDate(parseGitLog(LOG)).map(([date, list]) => [date, list.length]),
      [
        ['2026-11-26', 2],
        ['2026-11-25', 2],
      ],
    );
  });
});
