// <atlas-chart>: the small part every page with a chart loads. It turns the data table into a
// toggle and imports the drawing code (chart.js) only when the figure comes near the viewport.
class AtlasChart extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector<HTMLElement>('[data-chart-table]');
    const toggle = this.querySelector<HTMLButtonElement>('[data-action="table"]');
    if (!table || !toggle) return;
    const setOpen = (open: boolean) => {
      table.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = (open ? toggle.dataset['hide'] : toggle.dataset['show']) ?? '';
    };
    setOpen(this.dataset['tableOpen'] === 'true' || table.contains(document.querySelector(':target')));
    this.dataset['ready'] = 'true';
    toggle.addEventListener('click', () => setOpen(Boolean(table.hidden)));

    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        import('./draw.ts')
          .then(({ draw }) => draw(this))
          .catch(() => {
            // The figures are all in the table; say so and show it.
            this.querySelector<HTMLElement>('[data-chart-failed]')?.removeAttribute('hidden');
            setOpen(true);
          });
      },
      { rootMargin: '300px' },
    );
    observer.observe(this);
  }
}

if (!customElements.get('atlas-chart')) customElements.define('atlas-chart', AtlasChart);
