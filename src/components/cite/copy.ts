// <atlas-copy-group>: reveals the copy buttons next to each citation and copies its text.
class AtlasCopyGroup extends HTMLElement {
  connectedCallback() {
    if (!navigator.clipboard) return;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.copy')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const text = button.parentElement?.querySelector('pre')?.textContent ?? '';
        await navigator.clipboard.writeText(text);
        const label = button.textContent;
        button.textContent = button.dataset['copied'] ?? label;
        setTimeout(() => (button.textContent = label), 2000);
      });
    }
  }
}

if (!customElements.get('atlas-copy-group')) customElements.define('atlas-copy-group', AtlasCopyGroup);
