// Fills the citation of one source or one table row of an entry page when it is first opened (see
// CiteTemplate.astro): the styles come from the same formatter the server uses for "Cite this
// page", and the labels and copy buttons from the page's <template id="atlas-cite">.
import { CITATION_STYLES, formatCitation, type Citable, type CitationStyle } from '../../lib/citation.ts';

const ROW_STYLES: readonly CitationStyle[] = ['gost', 'apa', 'bibtex'];

/** A record from a data attribute, or undefined when it is missing or not an object. */
function record(json: string | undefined): Citable | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Citable) : undefined;
  } catch {
    return undefined;
  }
}

/** The template's copy group with `styles` filled for `citable`, in a `.cite` box. */
function group(template: HTMLTemplateElement, citable: Citable, styles: readonly CitationStyle[]): HTMLElement | undefined {
  const copy = template.content.querySelector('atlas-copy-group')?.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return undefined;
  const locale = document.documentElement.lang === 'ru' ? 'ru' : 'en';
  for (const block of copy.querySelectorAll<HTMLElement>('.cite-style')) {
    const style = block.dataset['style'] as CitationStyle | undefined;
    const code = block.querySelector('code');
    if (!style || !code || !styles.includes(style)) block.remove();
    else code.textContent = formatCitation(citable, style, locale);
  }
  const box = document.createElement('div');
  box.className = 'cite';
  box.append(copy);
  return box;
}

/** A heading of a row's citation, from the template. */
const heading = (template: HTMLTemplateElement, part: 'atlas' | 'source') => template.content.querySelector(`[data-part="${part}"]`)?.cloneNode(true);

/** The record of the source whose item in the reference list has this id. */
const sourceRecord = (anchor: string | undefined) =>
  record(anchor ? document.getElementById(anchor)?.querySelector<HTMLElement>('details.cite[data-cite]')?.dataset['cite'] : undefined);

export function fillCitation(details: HTMLDetailsElement): void {
  const template = document.getElementById('atlas-cite');
  if (!(template instanceof HTMLTemplateElement) || details.dataset['made'] !== undefined) return;
  details.querySelector('[data-cite-failed]')?.remove();
  if (details.classList.contains('row-cite')) {
    const page = record(details.closest<HTMLElement>('[data-cite-page]')?.dataset['citePage']);
    const anchor = details.closest('tr')?.id;
    const title = details.dataset['title'];
    if (!page || !anchor || !title) return;
    const atlas: Citable = { ...page, id: `${page.id ?? 'messenger-atlas'}-${anchor}`, title, url: `${page.url}#${anchor}` };
    const body = document.createElement('div');
    body.className = 'row-cite-body';
    const parts: [Node | undefined, HTMLElement | undefined][] = [[heading(template, 'atlas'), group(template, atlas, ROW_STYLES)]];
    const source = sourceRecord(details.dataset['source']);
    if (source) parts.push([heading(template, 'source'), group(template, source, CITATION_STYLES)]);
    for (const [head, box] of parts) {
      if (!head || !box) continue;
      const section = document.createElement('section');
      section.append(head, box);
      body.append(section);
    }
    details.append(body);
  } else {
    const source = record(details.dataset['cite']);
    const box = source && group(template, source, CITATION_STYLES);
    if (!box) return;
    details.append(...box.childNodes);
  }
  details.dataset['made'] = '';
}
