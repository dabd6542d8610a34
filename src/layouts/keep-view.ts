// The language link keeps the view: the other language's page opens with the same query and
// #fragment (a table's filters, a comparison's ids, a cited row). The server writes the path; the
// query and fragment exist only in the browser, and can change after load (the table rewrites its
// URL as you filter), so they are added when the link is about to be followed.
const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
const path = link?.getAttribute('href');
if (link && path) {
  const keep = () => {
    link.href = `${path}${location.search}${location.hash}`;
  };
  keep();
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, keep);
}
