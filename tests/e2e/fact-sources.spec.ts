import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingFields } from '../../src/lib/coverage.ts';
import { factSourceIds, ownerSourceIds } from '../../src/lib/derive.ts';
import { sourceAnchor } from '../../src/lib/anchors.ts';

// A plain fact (phone number, website, platforms…) whose source factSources names shows a
// footnote beside it for each source, leading to it in the list at the foot of the page, in both
// languages. Read from the published dataset, not hard-coded.
interface Row {
  id: string;
  sources: { id: string; title: string }[];
  factSources?: Record<string, string | string[]>;
  events: Parameters<typeof factSourceIds>[0]['events'];
  business?: { source?: string; sources?: Record<string, string> };
}

const LABEL: Record<string, [en: string, ru: string]> = {
  phoneNumber: ['Phone number to sign up', 'Номер телефона для регистрации'],
  website: ['Website', 'Сайт'],
  platforms: ['Platforms', 'Платформы'],
  headquarters: ['Headquarters', 'Штаб-квартира'],
};

/** The footnotes beside a plain fact on an entry's page, in both languages, against the sources the entry names for it. */
async function expectFactRefs(page: import('@playwright/test').Page, entry: Row, field: keyof typeof LABEL) {
  const ids = [entry.factSources![field]!].flat();
  for (const [i, prefix] of ['', '/ru'].entries()) {
    await page.goto(`${prefix}/messengers/${entry.id}/`);
    const fact = page
      .locator('#facts dt', { hasText: LABEL[field]![i as 0 | 1] })
      .first()
      .locator('xpath=following-sibling::dd[1]');
    const refs = fact.locator('a.ref');
    await expect(refs).toHaveCount(ids.length);
    for (const [n, id] of ids.entries()) {
      await expect(refs.nth(n)).toHaveAttribute('href', `#${sourceAnchor(id)}`);
      await expect(page.locator(`[id="${sourceAnchor(id)}"]`)).toContainText(entry.sources.find((s) => s.id === id)!.title);
    }
  }
}

test('a plain fact with a named source has a footnote beside it that leads to the source', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as { messengers: Row[] };
  const entry = messengers.find((m) => Object.entries(m.factSources ?? {}).some(([field, ids]) => field in LABEL && typeof ids === 'string'));
  expect(entry, 'an entry naming the source of a phone number, website, platforms or headquarters').toBeTruthy();
  const [field] = Object.entries(entry!.factSources!).find(([f, ids]) => f in LABEL && typeof ids === 'string')!;
  await expectFactRefs(page, entry!, field);
});

test('a plain fact that several sources settle together has a footnote for each, in order', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as { messengers: Row[] };
  const entry = messengers.find((m) => Object.entries(m.factSources ?? {}).some(([field, ids]) => field in LABEL && Array.isArray(ids)));
  expect(entry, 'an entry whose platforms (or another plain fact) cite a list of sources').toBeTruthy();
  const [field] = Object.entries(entry!.factSources!).find(([f, ids]) => f in LABEL && Array.isArray(ids))!;
  expect(factSourceIds(entry!, field as 'platforms').length).toBeGreaterThan(1);
  await expectFactRefs(page, entry!, field);
});

test('a business feature with a source of its own has its footnote on its row, leading to that source', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as { messengers: Row[] };
  const entry = messengers.find((m) => Object.keys(m.business?.sources ?? {}).length > 0);
  expect(entry, 'an entry whose business features cite more than one source').toBeTruthy();
  const [feature, sourceId] = Object.entries(entry!.business!.sources!)[0]!;
  const label = { bots: 'Bots', channels: 'Channels or broadcasts', businessApi: 'Business API', payments: 'Payments', ads: 'Advertising' }[feature]!;
  await page.goto(`/messengers/${entry!.id}/`);
  const row = page.locator('#business dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]');
  await expect(row.locator('a.ref')).toHaveAttribute('href', `#${sourceAnchor(sourceId)}`);
  await expect(page.locator(`[id="${sourceAnchor(sourceId)}"]`)).toContainText(entry!.sources.find((s) => s.id === sourceId)!.title);
});

test('an owner row that starts at the launch cites the launch as well as its own source', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as {
    messengers: (Row & Parameters<typeof ownerSourceIds>[0] & { owners: Parameters<typeof ownerSourceIds>[1][] })[];
  };
  const entry = messengers.find((m) => m.owners.some((owner) => ownerSourceIds(m, owner).length > 1));
  expect(entry, "an entry with an owner from the launch date whose own source is not the launch event's").toBeTruthy();
  const owner = entry!.owners.find((o) => ownerSourceIds(entry!, o).length > 1)!;
  await page.goto(`/messengers/${entry!.id}/`);
  const refs = page.locator('#owners tr', { hasText: owner.owner }).first().locator('a.ref');
  await expect(refs).toHaveCount(ownerSourceIds(entry!, owner).length);
  for (const [i, id] of ownerSourceIds(entry!, owner).entries()) await expect(refs.nth(i)).toHaveAttribute('href', `#${sourceAnchor(id)}`);
});

test('an entry names the comparison fields no source has settled yet, and a complete or discontinued entry names none', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as { messengers: Parameters<typeof missingFields>[0][] };
  const withGaps = messengers.find((m) => missingFields(m).length >= 3);
  const complete = messengers.find((m) => !m.discontinued && missingFields(m).length === 0);
  const closed = messengers.find((m) => m.discontinued);
  expect(withGaps && complete && closed, 'the dataset has an entry with gaps, a complete running one and a discontinued one').toBeTruthy();
  for (const prefix of ['', '/ru']) {
    await page.goto(`${prefix}/messengers/${withGaps!.id}/`);
    const gaps = page.locator('#facts [data-unknown-fields]');
    await expect(gaps).toHaveAttribute('data-unknown-fields', missingFields(withGaps!).join(' '));
    // One readable name per field, in the page's language: as many list items as fields.
    const text = await gaps.innerText();
    expect(text.split(/, | and | и /).length, text).toBe(missingFields(withGaps!).length);
    for (const entry of [complete!, closed!]) {
      await page.goto(`${prefix}/messengers/${entry.id}/`);
      await expect(page.locator('#facts dt').first()).toBeVisible();
      await expect(page.locator('#facts [data-unknown-fields]')).toHaveCount(0);
    }
  }
});

test('a sentence that cites a source in the prose has its footnote, with the source’s number, leading to it, in both languages', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as { messengers: Row[] };
  // The first entry whose English and Russian texts both cite a source with <Cite id="…" />.
  const dir = join(import.meta.dirname, '../../content/messengers');
  const citesIn = (path: string) => [...readFileSync(path, 'utf8').matchAll(/<Cite id="([^"]+)" \/>/g)].map((match) => match[1]!);
  const found = messengers
    .map((m) => ({ m, en: citesIn(join(dir, `${m.id}.mdx`)), ru: citesIn(join(dir, 'ru', `${m.id}.mdx`)) }))
    .find(({ en, ru }) => en.length > 0 && ru.length > 0);
  expect(found, 'an entry whose prose cites a source in both languages').toBeTruthy();
  const { m, en, ru } = found!;
  for (const [prefix, ids] of [
    ['', en],
    ['/ru', ru],
  ] as const) {
    await page.goto(`${prefix}/messengers/${m.id}/`);
    const refs = page.locator('#about a.ref');
    await expect(refs).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) {
      const number = m.sources.findIndex((source) => source.id === id) + 1;
      await expect(refs.nth(i)).toHaveAttribute('href', `#${sourceAnchor(id)}`);
      await expect(refs.nth(i)).toHaveText(`[${number}]`);
      await expect(page.locator(`#sources ol > li:nth-child(${number})`)).toHaveAttribute('id', sourceAnchor(id));
    }
    await refs.first().click();
    await expect(page).toHaveURL(new RegExp(`#${sourceAnchor(ids[0]!)}$`));
  }
});

test('an encryption step that several sources settle together has a footnote for each, in order, in the history and beside the level it set', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as {
    messengers: (Row & { encryption?: { history: { from: string; source: string | string[] }[] } })[];
  };
  const entry = messengers.find((m) => m.encryption?.history.some((step) => Array.isArray(step.source)) && m.encryption.history.length > 1);
  expect(entry, 'an entry whose encryption history has a step with a list of sources').toBeTruthy();
  const step = entry!.encryption!.history.find((s) => Array.isArray(s.source))!;
  const ids = step.source as string[];
  expect(ids.length).toBeGreaterThan(1);
  for (const prefix of ['', '/ru']) {
    await page.goto(`${prefix}/messengers/${entry!.id}/`);
    const row = page.locator('#encryption tr', { has: page.locator(`time[datetime="${step.from}"]`) }).first();
    const refs = row.locator('a.ref');
    await expect(refs).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) {
      await expect(refs.nth(i)).toHaveAttribute('href', `#${sourceAnchor(id)}`);
      await expect(refs.nth(i)).toHaveText(`[${entry!.sources.findIndex((source) => source.id === id) + 1}]`);
    }
  }
  const csv = await (await request.get('/data/encryption.csv')).text();
  expect(csv).toContain(ids.join(' '));
});

test('a figure’s note and the note on an entry’s figures carry a footnote for each source they name, in both languages', async ({ page, request }) => {
  type Note = { en: string; ru: string; sources?: string | string[] };
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as {
    messengers: (Row & { users: { date: string; note?: Note }[]; figuresNote?: Note })[];
  };
  const number = (entry: Row, id: string) => `[${entry.sources.findIndex((source) => source.id === id) + 1}]`;
  const entry = messengers.find((m) => m.users.some((point) => point.note?.sources));
  expect(entry, 'an entry with a figure whose note names a source').toBeTruthy();
  const point = entry!.users.find((p) => p.note?.sources)!;
  const ids = [point.note!.sources!].flat();
  const noted = messengers.find((m) => m.figuresNote?.sources);
  expect(noted, 'an entry whose note on its figures names a source').toBeTruthy();
  const noteIds = [noted!.figuresNote!.sources!].flat();
  for (const [i, prefix] of ['', '/ru'].entries()) {
    await page.goto(`${prefix}/messengers/${entry!.id}/`);
    const cell = page.locator('#users td.note', { hasText: point.note![i ? 'ru' : 'en'].slice(0, 40) }).first();
    const refs = cell.locator('a.ref');
    await expect(refs).toHaveCount(ids.length);
    for (const [n, id] of ids.entries()) {
      await expect(refs.nth(n)).toHaveAttribute('href', `#${sourceAnchor(id)}`);
      await expect(refs.nth(n)).toHaveText(number(entry!, id));
    }
    await page.goto(`${prefix}/messengers/${noted!.id}/`);
    const paragraph = page.locator('#users p.figures-note');
    await expect(paragraph).toContainText(noted!.figuresNote![i ? 'ru' : 'en'].slice(0, 40));
    await expect(paragraph.locator('a.ref')).toHaveText(noteIds.map((id) => number(noted!, id)));
  }
  const csv = await (await request.get('/data/user-counts.csv')).text();
  expect(csv.split('\n')[0]).toContain('note_source_ids,note_source_urls');
  expect(csv).toContain(ids.join(' '));
});
