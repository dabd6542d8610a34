// When a row's "cite" opens, copies the original source's citation (its four styles and copy
// buttons) from the source's item in the page's reference list, which the row's link points to,
// into the row in place of the link. Without this script the link leads there.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open || !details.classList.contains('row-cite')) return;
    const link = details.querySelector<HTMLParagraphElement>('.row-cite-link');
    const hash = link?.querySelector('a')?.hash.slice(1);
    const group = hash && document.getElementById(decodeURIComponent(hash))?.querySelector('details.cite atlas-copy-group');
    if (!link || !group) return;
    const copy = document.createElement('div');
    copy.className = 'cite';
    copy.append(group.cloneNode(true));
    link.replaceWith(copy);
  },
  true,
);
