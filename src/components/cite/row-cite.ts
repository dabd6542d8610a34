// When a row's "cite" opens, copies the original source's citation (its four styles and copy
// buttons) from the source's entry in the page's list of sources into the row, in place of the
// link to it. Without this script the link leads there.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open || !details.classList.contains('row-cite')) return;
    const slot = details.querySelector<HTMLElement>('[data-cite-from]');
    const group = slot && document.getElementById(slot.dataset['citeFrom'] ?? '')?.querySelector('details.cite atlas-copy-group');
    if (!slot || !group) return;
    const copy = document.createElement('div');
    copy.className = 'cite';
    copy.append(group.cloneNode(true));
    slot.querySelector('.row-cite-link')?.replaceWith(copy);
    delete slot.dataset['citeFrom'];
  },
  true,
);
