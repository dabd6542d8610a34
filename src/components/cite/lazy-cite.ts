// Loads cite-render.ts the first time a reader opens the citation of one source or one table row
// on an entry page, and has it fill that <details>. One listener for the page, nothing per item.
import './copy.ts';

document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open || details.dataset['made'] !== undefined) return;
    if (!details.matches('details.cite[data-cite], details.row-cite')) return;
    void import('./cite-render.ts').then(({ fillCitation }) => fillCitation(details));
  },
  true,
);
