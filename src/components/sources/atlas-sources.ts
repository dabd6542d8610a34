// <atlas-sources>: filters a server-rendered list as you type: on the sources index its publishers,
// on a letter's page its sources by publisher or title, opening the publishers that match (that
// list starts folded to one line per publisher). Matching uses the same loose Latin keys as the
// table's search, so «ТАСС» finds TASS and back. A letter's page also opens the publisher a link
// points at. The list is complete without JavaScript; the filter and its ?q= are an enhancement.
import { searchKey } from '../../lib/transliterate.ts';

class AtlasSources extends HTMLElement {
  connectedCallback() {
    const openTarget = () => {
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (target instanceof HTMLDetailsElement && target.classList.contains('publisher')) target.open = true;
    };
    openTarget();
    window.addEventListener('hashchange', openTarget);
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    // What an item is matched by: its publisher (the folded group it is in, if any) and its first
    // link's text, in loose Latin letters either way. Worked out on the first search, not on load:
    // for hundreds of items it is a long task a reader who never searches should not wait for.
    let items: { li: HTMLLIElement; key: string }[] | undefined;
    const listItems = () =>
      (items ??= [...this.querySelectorAll<HTMLLIElement>('li[data-item]')].map((li) => ({
        li,
        key: `${searchKey(li.closest('details.publisher')?.querySelector('summary [lang]')?.textContent ?? '')} ${searchKey(li.querySelector('a')?.textContent ?? '')}`,
      })));
    const publishers = [...this.querySelectorAll<HTMLDetailsElement>('details.publisher')];
    const letters = [...this.querySelectorAll<HTMLElement>('section.letter')];
    const count = form.querySelector('[data-count]');
    const none = form.querySelector<HTMLElement>('[data-none]');
    const apply = () => {
      const words = searchKey(input.value.slice(0, 100)).split(' ').filter(Boolean);
      let shown = 0;
      for (const { li, key } of listItems()) {
        li.hidden = !words.every((word) => key.includes(word));
        if (!li.hidden) shown++;
      }
      for (const section of [...publishers, ...letters]) section.hidden = !section.querySelector('li[data-item]:not([hidden])');
      // A search opens the publishers it found; an empty one folds the list back to publishers only.
      for (const publisher of publishers) publisher.open = words.length > 0 && !publisher.hidden;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.az a[data-letter]')) {
        const target = link.pathname === location.pathname ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
        link.setAttribute('aria-disabled', String(Boolean(target?.hidden)));
      }
      if (count) count.textContent = (this.dataset['shown'] ?? '').replace('{shown}', String(shown)).replace('{total}', this.dataset['total'] ?? '');
      if (none) none.hidden = shown > 0;
      const url = new URL(location.href);
      if (input.value) url.searchParams.set('q', input.value.slice(0, 100));
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    };
    input.value = new URLSearchParams(location.search).get('q')?.slice(0, 100) ?? '';
    form.removeAttribute('data-needs-script');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
    input.addEventListener('input', apply);
    // Without ?q= the page already says how many items it shows (all of them).
    if (input.value) apply();
  }
}

if (!customElements.get('atlas-sources')) customElements.define('atlas-sources', AtlasSources);
