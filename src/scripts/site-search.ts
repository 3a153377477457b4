/**
 * `<site-search>`: the header search dialog. Shows its button (the header's GET
 * form stays as the no-JS fallback), opens the dialog on click, Ctrl/Cmd+K or
 * "/", searches as you type, and moves through results with the arrow keys.
 * Escape closes the dialog and focus returns to where it was.
 */
import { countText, createSearcher, loadPagefind, showOutcome } from './search-core.ts';

/** The dialog searches as you type from this many letters on; Enter searches any term on /zoeken/. */
const MIN_LETTERS = 2;
const TOO_SHORT = `Typ minstens ${MIN_LETTERS} letters.`;

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

class SiteSearch extends HTMLElement {
	#dialog!: HTMLDialogElement;
	#input!: HTMLInputElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#empty!: HTMLElement;
	#more!: HTMLAnchorElement;
	#returnFocus: HTMLElement | null = null;
	#runSearch = createSearcher();
	/** Counts the searches started, so a slower one stops filling the list once a newer one begins. */
	#searches = 0;

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('.search-open');
		const dialog = this.querySelector('dialog');
		const input = this.querySelector<HTMLInputElement>('input[type=search]');
		const list = this.querySelector<HTMLOListElement>('.search-results');
		const status = this.querySelector<HTMLElement>('[role=status]');
		const empty = this.querySelector<HTMLElement>('.search-empty');
		const more = this.querySelector<HTMLAnchorElement>('[data-more]');
		if (!button || !dialog || !input || !list || !status || !empty || !more) return;
		this.#dialog = dialog;
		this.#input = input;
		this.#list = list;
		this.#status = status;
		this.#empty = empty;
		this.#more = more;

		button.hidden = false;
		document.querySelector<HTMLFormElement>('.site-header form.search')?.setAttribute('hidden', '');
		button.addEventListener('click', () => this.open());
		this.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => (this.#returnFocus ?? button).focus());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close(); // click on the backdrop
		});
		input.addEventListener('input', () => void this.#search());
		dialog.addEventListener('keydown', (event) => this.#onKey(event));
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
		// Start fetching the index while the visitor types.
		loadPagefind().catch(() => undefined);
	}

	async #search() {
		const search = ++this.#searches;
		const term = this.#input.value.trim();
		this.#more.href = term ? `/zoeken/?q=${encodeURIComponent(term)}` : '/zoeken/';
		if (!term) {
			this.#list.replaceChildren();
			this.#status.textContent = '';
			this.#empty.hidden = true;
			return;
		}
		if ([...term].length < MIN_LETTERS) {
			// One letter matches nearly every page: at 10,000 pages that search
			// kept Pagefind busy for a second while the visitor typed on.
			this.#list.replaceChildren();
			this.#status.textContent = TOO_SHORT;
			this.#empty.hidden = true;
			return;
		}
		const current = () => search === this.#searches;
		try {
			const outcome = await this.#runSearch(term, {}, 8);
			if (!outcome || !current()) return;
			await showOutcome(this.#list, outcome, current, () => {
				this.#status.textContent = outcome.total === 0 ? `Geen resultaten voor “${term}”.` : `${countText(outcome.total)} voor “${term}”.`;
				this.#empty.hidden = outcome.total > 0;
			});
		} catch {
			if (current()) this.#status.textContent = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw.';
		}
	}

	#onKey(event: KeyboardEvent) {
		if (event.key === 'Escape') {
			// A search field would otherwise use the first Escape to clear itself.
			event.preventDefault();
			this.#dialog.close();
			return;
		}
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [this.#input, ...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		if (at === -1) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
		stops[next]?.focus();
	}
}

customElements.define('site-search', SiteSearch);
