import type { Problem } from '../problem.ts';
import { COMPONENT_ATTRIBUTES, GUIDE_COMPONENTS } from '../mdx-safety.ts';
import { rowsAt, textOf, valueAt } from '../raw.ts';
import { idFromPath, type Entry, type Guide } from '../content-file.ts';

/** Guides exist in both languages, and every component in their prose resolves to atlas data. */
export function checkGuides(guides: Guide[], entries: Map<string, Entry>, problems: Problem[]) {
  const report = (guide: Guide, line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ path: guide.file.path, line, field, message, severity });
  const slugs = { guide: new Set<string>(), 'guide-ru': new Set<string>() };
  for (const guide of guides) slugs[guide.kind].add(idFromPath(guide.file.path));

  for (const guide of guides) {
    const slug = idFromPath(guide.file.path);
    const twin = guide.kind === 'guide' ? 'guide-ru' : 'guide';
    if (!slugs[twin].has(slug)) {
      const expected = guide.kind === 'guide' ? `content/guides/ru/${slug}.mdx` : `content/guides/${slug}.mdx`;
      report(guide, 1, 'frontmatter', `this guide has no ${guide.kind === 'guide' ? 'Russian' : 'English'} version (expected ${expected})`);
    }
    const { parsed } = guide;
    const listed = valueAt(parsed.data, ['messengers']);
    (Array.isArray(listed) ? listed : []).forEach((id: unknown, i) => {
      if (typeof id === 'string' && !entries.has(id)) {
        report(guide, parsed.lineOf(['messengers', i]), `messengers[${i}]`, `"${id}" is not an entry of the atlas (expected the id of a file in content/messengers/)`);
      }
    });
    const sourceIds = new Set(
      rowsAt(parsed.data, ['sources'])
        .map((source) => textOf(source['id']))
        .filter((id) => id !== undefined),
    );
    const cited = new Set<string>();
    for (const use of guide.components) {
      const component = GUIDE_COMPONENTS.find((name) => name === use.name);
      if (!component) continue; // the MDX check refuses the rest
      if (!COMPONENT_ATTRIBUTES[component].id) continue; // a component that takes no id, such as <RussiaTable />
      const line = use.line;
      const id = use.attributes['id'];
      if (!id) {
        report(guide, line, 'body', `<${use.name}> has no id (expected <${use.name} id="…" />)`);
        continue;
      }
      if (use.name === 'Cite') {
        cited.add(id);
        if (!sourceIds.has(id))
          report(guide, line, 'body', `<Cite id="${id}" /> names no source of this guide (expected one of: ${[...sourceIds].join(', ') || 'add it under sources:'})`);
        continue;
      }
      const entry = entries.get(id);
      if (!entry) {
        report(guide, line, 'body', `<${use.name} id="${id}" /> names no entry of the atlas (expected the id of a file in content/messengers/)`);
        continue;
      }
      if (use.name === 'Figure') {
        const metric = use.attributes['metric'];
        const scope = use.attributes['scope'] ?? 'world';
        const exists = rowsAt(entry.parsed.data, ['users']).some((point) => point['metric'] === metric && point['scope'] === scope);
        if (!exists) {
          const have = [
            ...new Set(
              rowsAt(entry.parsed.data, ['users']).map((point) => `metric="${String(point['metric'])}"${point['scope'] === 'world' ? '' : ` scope="${String(point['scope'])}"`}`),
            ),
          ];
          report(
            guide,
            line,
            'body',
            `<Figure id="${id}" metric="${metric}"${scope === 'world' ? '' : ` scope="${scope}"`} /> has no figure in the atlas (expected one of: ${have.join('; ') || 'none — this messenger has no user figures'})`,
          );
        }
      }
    }
    rowsAt(parsed.data, ['sources']).forEach((source, i) => {
      const id = textOf(source['id']);
      if (id !== undefined && !cited.has(id))
        report(guide, parsed.lineOf(['sources', i, 'id']), `sources[${i}].id`, `"${id}" is never cited (expected a <Cite id="${id}" /> in the prose, or remove it)`, 'warning');
    });
  }
}
