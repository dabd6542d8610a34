// <atlas-copy-group>: reveals the copy buttons next to each citation and copies its text. When the
// browser refuses (no permission, no secure context), the button says so and the text is selected
// for copying by hand.
class AtlasCopyGroup extends HTMLElement {
  connectedCallback() {
    if (!navigator.clipboard) return;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.copy')) {
      button.hidden = false;
      const label = button.textContent;
      let restore: ReturnType<typeof setTimeout> | undefined;
      button.addEventListener('click', async () => {
        const pre = button.parentElement?.querySelector('pre');
        let said: string | undefined;
        try {
          await navigator.clipboard.writeText(pre?.textContent ?? '');
          said = button.dataset['copied'];
        } catch {
          if (pre) getSelection()?.selectAllChildren(pre);
          said = this.dataset['failed'];
        }
        button.textContent = said ?? label;
        clearTimeout(restore);
        // A failure stays until the reader tries again; "Copied" goes after two seconds.
        if (said === button.dataset['copied']) restore = setTimeout(() => (button.textContent = label), 2000);
      });
    }
  }
}

if (!customElements.get('atlas-copy-group')) customElements.define('atlas-copy-group', AtlasCopyGroup);
