import { expect, test } from '@playwright/test';

// A client for other networks names the networks it connects to, linked where the atlas has them,
// and each of those networks lists it back. Read from the published dataset, not hard-coded.
interface Row {
  id: string;
  name: string;
  category: string;
  clientOf?: { networks: string[] };
}

test('a client links the networks it connects to, and each network lists the client', async ({ page, request }) => {
  const { messengers } = (await (await request.get('/data/messengers.json')).json()) as { messengers: Row[] };
  const byId = new Map(messengers.map((m) => [m.id, m]));
  const client = messengers.find((m) => m.category === 'client' && m.clientOf?.networks.some((id) => byId.has(id)));
  expect(client, 'a client whose networks include an entry').toBeTruthy();
  const networks = client!.clientOf!.networks;

  await page.goto(`/messengers/${client!.id}/`);
  const connects = page.locator('dt', { hasText: 'Connects to' }).locator('xpath=following-sibling::dd[1]');
  for (const network of networks) {
    const entry = byId.get(network);
    if (entry) await expect(connects.getByRole('link', { name: entry.name, exact: true })).toHaveAttribute('href', `/messengers/${network}/`);
    else await expect(connects).toContainText(network);
  }

  const first = networks.find((id) => byId.has(id))!;
  await page.goto(`/ru/messengers/${first}/`);
  const clients = page.locator('dt', { hasText: 'Клиенты в атласе' }).locator('xpath=following-sibling::dd[1]');
  await expect(clients.getByRole('link', { name: client!.name, exact: true })).toHaveAttribute('href', `/ru/messengers/${client!.id}/`);
});
