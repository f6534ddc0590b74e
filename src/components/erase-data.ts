/**
 * <vp-erase-data>: shows which "vp-" keys this site keeps in localStorage
 * and erases them. Labels come from data-* attributes (translated in the
 * server HTML); the status paragraph is a live region, so the result is
 * announced. Storage may be unavailable (private mode): then it says so
 * through the "none" label rather than throwing.
 */
const PREFIX = 'vp-';

function ownKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(PREFIX)).sort();
  } catch {
    return [];
  }
}

class EraseData extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const button = this.querySelector('button');
    if (!status || !button) return;
    const describe = () => {
      const keys = ownKeys();
      return keys.length ? (this.dataset.stored ?? '').replace('{keys}', keys.join(', ')) : (this.dataset.none ?? '');
    };
    status.textContent = describe();
    button.addEventListener('click', () => {
      const keys = ownKeys();
      try {
        for (const k of keys) localStorage.removeItem(k);
      } catch {
        /* storage unavailable: nothing to erase */
      }
      if (keys.includes('vp-theme')) document.documentElement.removeAttribute('data-theme');
      const select = document.getElementById('vp-theme');
      if (select instanceof HTMLSelectElement) select.value = 'system';
      status.textContent = keys.length ? (this.dataset.erased ?? '') : (this.dataset.nothing ?? '');
    });
  }
}

if (!customElements.get('vp-erase-data')) customElements.define('vp-erase-data', EraseData);
