// A figure whose full table is on another page (each timeline chart's, on its embed page, so the
// timeline's HTML stays small however many figures the atlas holds) fetches it before drawing.
// The page is the site's own; DOMParser runs none of its scripts, and only the table is taken.
export async function fetchTable(host: HTMLElement, src: string): Promise<void> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const id = host.closest('figure')?.id ?? '';
  const table = page.getElementById(id)?.querySelector('table');
  const slot = host.querySelector('[data-chart-table]');
  if (!table || !slot) throw new Error(`${src}: no table for #${id}`);
  slot.replaceChildren(document.adoptNode(table));
}
