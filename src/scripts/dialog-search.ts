/**
 * The search in the header dialog, loaded when the dialog first opens
 * (`site-search.ts`): starts Pagefind, searches as you type through the query
 * pipeline (search-pipeline.ts), shows the outcome (search-view.ts) and moves
 * through the "Bedoelde je …?" link and the results with the arrow keys.
 */
import { createSearcher, warmUpSearch } from './search-core.ts';
import { showOutcome, showSuggestion, type SearchBox } from './search-view.ts';

/** The dialog searches as you type from this many letters on; Enter searches any term on /zoeken/. */
const MIN_LETTERS = 2;
const TOO_SHORT = `Typ minstens ${MIN_LETTERS} letters.`;

/** Starts the search in the dialog inside `root`, and searches what was typed while this module loaded. */
export function startDialogSearch(root: HTMLElement): void {
	const dialog = root.querySelector('dialog');
	const input = root.querySelector<HTMLInputElement>('input[type=search]');
	const list = root.querySelector<HTMLOListElement>('.search-results');
	const status = root.querySelector<HTMLElement>('[role=status]');
	const empty = root.querySelector<HTMLElement>('.search-empty');
	const suggest = root.querySelector<HTMLElement>('.search-suggest');
	const more = root.querySelector<HTMLAnchorElement>('[data-more]');
	if (!dialog || !input || !list || !status || !empty || !suggest || !more) return;
	const box: SearchBox = { list, status, empty, suggest };

	const runSearch = createSearcher();
	// Counts the searches started, so a slower one stops filling the list once a newer one begins.
	let searches = 0;
	// Searches not yet settled (shown, or set aside for a newer one): the list is aria-busy until none is left.
	let unsettled = 0;

	// "Bedoelde je …?": the suggestion becomes the query, and focus goes back to the box.
	const pick = (query: string): void => {
		input.value = query;
		input.focus();
		void search();
	};

	const search = async (): Promise<void> => {
		const current = ++searches;
		const term = input.value.trim();
		more.href = term ? `/zoeken/?q=${encodeURIComponent(term)}` : '/zoeken/';
		if (!term || [...term].length < MIN_LETTERS) {
			// One letter matches nearly every page: on a large site that search
			// keeps Pagefind busy while the visitor types on.
			list.replaceChildren();
			status.textContent = term ? TOO_SHORT : '';
			empty.hidden = true;
			showSuggestion(box, undefined, pick);
			return;
		}
		const isCurrent = () => current === searches;
		unsettled++;
		list.setAttribute('aria-busy', 'true');
		try {
			const outcome = await runSearch(term, {}, 8);
			if (!outcome || !isCurrent()) return;
			await showOutcome(box, outcome, term, isCurrent, pick);
		} catch {
			if (isCurrent()) status.textContent = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw.';
		} finally {
			if (--unsettled === 0) list.setAttribute('aria-busy', 'false');
		}
	};

	input.addEventListener('input', () => void search());
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [
			input,
			...suggest.querySelectorAll<HTMLAnchorElement>('a'),
			...list.querySelectorAll<HTMLAnchorElement>('a'),
		];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		if (at === -1) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
		stops[next]?.focus();
	});
	if (input.value.trim()) void search();
	// Start Pagefind now and warm it up while the box is empty: the first real
	// query then runs warm. Typing, or closing the dialog, stops the warm-up.
	void warmUpSearch(() => searches > 0 || input.value.trim() !== '' || !dialog.open);
}
