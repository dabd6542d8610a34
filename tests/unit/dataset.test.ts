import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFile } from '../../src/lib/check/frontmatter.ts';
import { messengerRuSchema, messengerSchema, type Messenger } from '../../src/schemas/messenger.ts';
import { inclusionReasons } from '../../src/lib/inclusion.ts';
import { checkInclusion, INCLUSION_PENDING } from '../../src/lib/check/rules/consistency.ts';

// Coverage of the real dataset (issue 3): these figures may grow, never silently shrink.
const DIR = join(import.meta.dirname, '../../content/messengers');
const words = (markdown: string) => (markdown.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;

/**
 * Every entry read as the build reads it. A file that does not parse is kept as a failure for
 * the first test to name, instead of throwing here and taking every other test down with it.
 */
const ids = readdirSync(DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.slice(0, -4))
  .sort();
const failures: string[] = [];
const entries: { id: string; data: Messenger; body: string; ruBody: string }[] = [];
for (const id of ids) {
  const en = parseFile(readFileSync(join(DIR, `${id}.mdx`), 'utf8'));
  const ru = parseFile(readFileSync(join(DIR, 'ru', `${id}.mdx`), 'utf8'));
  if ('error' in en || 'error' in ru) {
    failures.push(`${id}: ${'error' in en ? en.error : ''}${'error' in ru ? ` ru: ${ru.error}` : ''}`);
    continue;
  }
  const data = messengerSchema.safeParse(en.data);
  const ruData = messengerRuSchema.safeParse(ru.data);
  if (!data.success || !ruData.success) {
    failures.push(`${id}: ${[...(data.error?.issues ?? []), ...(ruData.error?.issues ?? [])].map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    continue;
  }
  entries.push({ id, data: data.data, body: en.body, ruBody: ru.body });
}

/** The messengers issue 3 names; the Google lineage is one id per product. */
const REQUIRED = [
  'irc',
  'icq',
  'aim',
  'yahoo-messenger',
  'msn-messenger',
  'qq',
  'xmpp',
  'skype',
  'google-talk',
  'google-hangouts',
  'google-chat',
  'google-allo',
  'blackberry-messenger',
  'whatsapp',
  'viber',
  'kik',
  'kakaotalk',
  'line',
  'wechat',
  'facebook-messenger',
  'instagram-direct',
  'snapchat',
  'imessage',
  'google-messages',
  'telegram',
  'threema',
  'signal',
  'wire',
  'element',
  'discord',
  'slack',
  'microsoft-teams',
  'zalo',
  'vk-messenger',
  'mail-ru-agent',
  'tamtam',
  'max',
  'yandex-messenger',
  'session',
  'briar',
  'simplex-chat',
  'delta-chat',
  'mattermost',
  'rocket-chat',
];

/**
 * Messengers past 100 million users with fewer than three published, well-sourced figures.
 * Each exception says why; the test fails if a listed one gets its points (remove it then).
 */
const TOO_FEW_PUBLISHED_FIGURES: Record<string, string> = {
  fetion:
    'two China Mobile figures are sourced (20.68 million trial sign-ups in 2007, 180 million registered in 2009); the later peak of nearly 500 million registered users was reported without a date.',
  zello: 'two company figures are sourced (53 million in 2014, 100 million in 2017); no later count was found in reputable press.',
  chaton:
    'one Samsung figure is sourced (100 million users, September 2013, with 50 million in May 2013 only as a note); Samsung’s own release was found only in tech-site copies, and the service closed in 2015.',
  'linkedin-messaging': 'its one figure (467 million members, 2016) counts the whole LinkedIn network; no count of people using its messaging was found.',
  nimbuzz: 'two figures are sourced (100 million claimed in August 2012, 150 million in May 2013); no later count was found, and the service was sold in 2014.',
};

/** Entries whose launch date no acceptable source gave; the field stays empty rather than guessed. */
const LAUNCH_UNCONFIRMED: Record<string, string> = {
  bip: 'the 2013 launch year appears only in a mirror of The Daily Star and a Bangla portal; Turkcell’s own announcement was not found',
  'mail-ru-agent': 'only Wikipedia mirrors give 2003 (others 2004) and the August 2024 closure; no press report of either was found',
  'yandex-messenger': 'only a content farm gave 2020; no press report of the launch or of the Chats-to-Messenger rename was found',
  'linkedin-messaging': 'no source found dates when LinkedIn added messaging; 5 May 2003 is the launch of the LinkedIn network, not of its messages',
  'tiktok-direct-messages': 'no source found dates when TikTok added direct messages; 2016 is the launch of the TikTok app, not of its messages',
  'x-direct-messages': 'only a finance-dictionary site gave 2008 for Twitter’s direct messages; the June 2025 XChat rollout is a change to the service, not its launch',
  sametime: 'sources date only Lotus’s 1998 purchase of DataBeam and Ubique, which Sametime was built from, not the first release of Sametime itself',
  stashcat: 'the only dated trace is a newsroom using it since spring 2016 (MADSACK), which shows use, not the release; no launch date was found',
};

describe('the dataset', () => {
  it('reads every entry and its Russian file against the schemas', () => {
    assert.deepEqual(failures, []);
  });

  it('has at least 50 entries, including every one the brief names', () => {
    assert.ok(entries.length >= 50, `${entries.length} entries`);
    assert.deepEqual(
      REQUIRED.filter((id) => !ids.includes(id)),
      [],
    );
  });

  it('cites a source of its own entry for every user figure, event and owner', () => {
    let facts = 0;
    const unsourced: string[] = [];
    for (const { id, data } of entries) {
      const sourceIds = new Set(data.sources.map((source) => source.id));
      for (const [kind, list] of [
        ['users', data.users],
        ['events', data.events],
        ['owners', data.owners],
      ] as const) {
        list.forEach((fact, i) => {
          facts++;
          if (!sourceIds.has(fact.source)) unsourced.push(`${id} ${kind}[${i}] cites ${fact.source}`);
        });
      }
    }
    assert.ok(facts > 300, `${facts} facts`);
    assert.deepEqual(unsourced, []);
  });

  it('has English and Russian prose of at least 120 words for every entry', () => {
    const short = entries.flatMap(({ id, body, ruBody }) => [
      ...(words(body) < 120 ? [`${id} en ${words(body)}`] : []),
      ...(words(ruBody) < 120 ? [`${id} ru ${words(ruBody)}`] : []),
      ...(/[а-яё]/i.test(ruBody) ? [] : [`${id} ru prose is not in Russian`]),
    ]);
    assert.deepEqual(short, []);
  });

  it('shows for every entry a criterion for inclusion: a figure of 100,000, an act of an authority, or a stated reason', () => {
    const none = entries.filter(({ data }) => inclusionReasons(data).length === 0).map(({ id }) => id);
    assert.deepEqual(
      none.filter((id) => !(id in INCLUSION_PENDING)),
      [],
      'entries that show no criterion',
    );
    for (const id of Object.keys(INCLUSION_PENDING)) assert.ok(none.includes(id), `${id} now shows a criterion: drop its exception`);
    for (const id of Object.keys(INCLUSION_PENDING)) assert.equal(checkInclusion({ id })[0]?.severity, 'warning', `the content check only warns for ${id}`);
  });

  it('gives every messenger that passed 100 million users at least three dated figures', () => {
    const thin = entries.filter(({ data }) => data.users.some((point) => point.value >= 100_000_000) && data.users.length < 3).map(({ id }) => id);
    assert.deepEqual(
      thin.sort(),
      Object.keys(TOO_FEW_PUBLISHED_FIGURES)
        .filter((id) => thin.includes(id))
        .sort(),
    );
    for (const id of Object.keys(TOO_FEW_PUBLISHED_FIGURES)) assert.ok(thin.includes(id), `${id} now has enough figures: drop its exception`);
  });

  it('records the Russian regulatory history the brief asks for', () => {
    const ru = entries.flatMap(({ data }) => data.events.filter((event) => event.jurisdiction === 'RU'));
    assert.ok(ru.filter((event) => event.kind === 'registry').length >= 5, 'registry entries');
    assert.ok(ru.filter((event) => event.kind === 'block').length >= 5, 'blocks');
    const entry = entries.find(({ id }) => id === 'telegram');
    assert.ok(entry, 'Telegram is in the atlas');
    const telegram = entry.data.events;
    assert.ok(
      telegram.some((event) => event.kind === 'block' && event.date.startsWith('2018-04')),
      'Telegram block of April 2018',
    );
    assert.ok(
      telegram.some((event) => event.kind === 'unblock' && event.date.startsWith('2020-06')),
      'Telegram unblock of June 2020',
    );
  });

  it('has a launch date on every entry but the documented gaps', () => {
    const missing = entries.filter(({ data }) => !data.launched).map(({ id }) => id);
    assert.deepEqual(missing.sort(), Object.keys(LAUNCH_UNCONFIRMED).sort());
  });
});
