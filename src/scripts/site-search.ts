/**
 * `<site-search>`: the header search button, on every page. This part stays
 * small: it shows the button (the header's GET form stays as the no-JS
 * fallback), opens the dialog on click, Ctrl/Cmd+K or "/", closes it with
 * Escape and returns focus. The search itself (`dialog-search.ts`, then
 * Pagefind) loads only when the dialog first opens.
 */

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

class SiteSearch extends HTMLElement {
	#dialog!: HTMLDialogElement;
	#input!: HTMLInputElement;
	#returnFocus: HTMLElement | null = null;
	#started: Promise<unknown> | undefined;

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('.search-open');
		const dialog = this.querySelector('dialog');
		const input = this.querySelector<HTMLInputElement>('input[type=search]');
		if (!button || !dialog || !input) return;
		this.#dialog = dialog;
		this.#input = input;

		button.hidden = false;
		document.querySelector<HTMLFormElement>('.site-header form.search')?.setAttribute('hidden', '');
		button.addEventListener('click', () => this.open());
		this.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => (this.#returnFocus ?? button).focus());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close(); // click on the backdrop
		});
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			// A search field would otherwise use the first Escape to clear itself.
			event.preventDefault();
			dialog.close();
		});
		document.addEventListener('keydown', (event) => {
			const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
			if (shortcut || (event.key === '/' && !isTyping(event.target) && !dialog.open)) {
				event.preventDefault();
				this.open();
			}
		});
	}

	open() {
		if (this.#dialog.open) return;
		this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		this.#dialog.showModal();
		this.#input.focus();
		this.#input.select();
		// Whatever is typed before it arrives is searched once it does.
		if (this.#started) return;
		this.#started = import('./dialog-search.ts').then(
			({ startDialogSearch }) => startDialogSearch(this),
			() => {
				// Offline without this file in the cache, say so; the next opening tries again.
				this.#started = undefined;
				const status = this.querySelector('[role=status]');
				if (status) status.textContent = 'Zoeken kon niet laden. Probeer het later opnieuw.';
			},
		);
	}
}

customElements.define('site-search', SiteSearch);
