// Loads cite-render.ts the first time a reader opens the citation of one source or one table row
// on an entry page, and has it fill that <details>. One listener for the page, nothing per item.
// When the code does not load, the reader is told so in the page's language, and opening the
// citation again tries again.
import './copy.ts';

document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open || details.dataset['made'] !== undefined) return;
    if (!details.matches('details.cite[data-cite], details.row-cite')) return;
    import('./cite-render.ts')
      .then(({ fillCitation }) => fillCitation(details))
      .catch(() => {
        if (details.querySelector('[data-cite-failed]')) return;
        const note = document.createElement('p');
        note.className = 'cite-note';
        note.dataset['citeFailed'] = '';
        note.setAttribute('role', 'status');
        note.textContent = document.getElementById('atlas-cite')?.dataset['loadFailed'] ?? '';
        details.append(note);
      });
  },
  true,
);
