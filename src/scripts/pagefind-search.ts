/**
 * `<search-page>`: the search on /zoeken/. Reads `?q=` and filter parameters
 * (`?q=borgen&stap=4&soort=instrument`), ticks the matching checkboxes, searches
 * through the query pipeline (search-pipeline.ts; filters OR within a group, AND
 * between groups) and keeps the URL in step, so any result list can be shared.
 * Filter counts follow the results. What shows the results (search-view.ts)
 * loads with the first of them.
 */
import { createSearcher, warmUpSearch, type FilterCounts, type FilterQuery } from './search-core.ts';
import type { SearchBox } from './search-view.ts';
import { chosenText, readFilterState, writeFilterState, type FilterState } from '../lib/filter-state.ts';

/** The view loads with the first results: nothing on this page needs it before. */
const loadView = () => import('./search-view.ts');

class SearchPage extends HTMLElement {
	#input!: HTMLInputElement;
	#box!: SearchBox;
	#runSearch = createSearcher();
	/** Counts the searches started, so a slower one stops filling the list once a newer one begins. */
	#searches = 0;
	/** Whether searches count the filter values yet: the first search goes without, so its results do not wait for the filter chunks. */
	#counting = false;

	connectedCallback() {
		const form = this.querySelector('form');
		const input = this.querySelector<HTMLInputElement>('input[type=search]');
		const list = this.querySelector<HTMLOListElement>('.search-results');
		const status = this.querySelector<HTMLElement>('[role=status]');
		const empty = this.querySelector<HTMLElement>('.search-empty');
		const suggest = this.querySelector<HTMLElement>('.search-suggest');
		if (!form || !input || !list || !status || !empty || !suggest) return;
		this.#input = input;
		this.#box = { list, status, empty, suggest };

		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		const state = readFilterState(params, this.#groups());
		for (const box of this.#boxes()) box.checked = state[box.name]?.includes(box.value) ?? false;

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#update();
		});
		input.addEventListener('input', () => void this.#update());
		// The filters sit beside the results, outside the query's form.
		this.addEventListener('change', (event) => {
			if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void this.#update();
		});
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			for (const box of this.#boxes()) box.checked = false;
			void this.#update();
		});
		if (!input.value) input.focus();
		void this.#update();
		// Opened without a query or filters, the page starts Pagefind and warms it
		// up for the first query, as the header dialog does; any search stops that.
		const opened = this.#searches;
		if (!input.value.trim() && Object.keys(state).length === 0) void warmUpSearch(() => this.#searches !== opened);
	}

	#boxes() {
		return [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	}

	#groups(): Record<string, readonly string[]> {
		const groups: Record<string, string[]> = {};
		for (const box of this.#boxes()) (groups[box.name] ??= []).push(box.value);
		return groups;
	}

	#state(): FilterState {
		const state: FilterState = {};
		for (const box of this.#boxes()) if (box.checked) (state[box.name] ??= []).push(box.value);
		return state;
	}

	async #update() {
		const search = ++this.#searches;
		const term = this.#input.value.trim();
		const state = this.#state();
		const params = new URLSearchParams(term ? { q: term } : {});
		const query = writeFilterState(state, this.#groups(), params).toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
		const chosen = this.querySelector('[data-active-count]');
		if (chosen) chosen.textContent = chosenText(state);

		const filters: FilterQuery = Object.fromEntries(
			Object.entries(state).map(([name, values]) => [name, { any: values }]),
		);
		const box = this.#box;
		if (!term && Object.keys(filters).length === 0) {
			box.list.replaceChildren();
			box.status.textContent = '';
			box.empty.hidden = true;
			box.suggest.hidden = true;
			return;
		}
		box.status.textContent = 'Bezig met zoeken…';
		const current = () => search === this.#searches;
		const counting = this.#counting;
		try {
			const [outcome, view] = await Promise.all([this.#runSearch(term, filters, 30, counting), loadView()]);
			if (!outcome || !current()) return;
			const shown = await view.showOutcome(box, outcome, term, current, this.#pick, () => {
				if (counting) this.#showCounts(outcome.filters);
			});
			// A corrected query is counted as corrected: the counts belong to the results on screen.
			if (shown && !counting) await this.#count(outcome.query, filters, current);
		} catch {
			if (current())
				box.status.textContent =
					'Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik de overzichten hieronder.';
		}
	}

	/** "Bedoelde je …?": the suggestion becomes the query (and the URL's), and focus goes back to the box. */
	#pick = (query: string): void => {
		this.#input.value = query;
		this.#input.focus();
		void this.#update();
	};

	/**
	 * After the first results: loads every filter chunk, counts the same query
	 * and fills in the counts. From then on each search counts as it goes.
	 * Loading the chunks and counting both take time that the first results
	 * no longer wait for.
	 */
	async #count(term: string, filters: FilterQuery, current: () => boolean) {
		this.#counting = true;
		try {
			const outcome = await this.#runSearch(term, filters, 0, true);
			if (outcome && current()) this.#showCounts(outcome.filters);
		} catch {
			// The results on screen still stand, uncounted; the next search tries again.
			this.#counting = false;
		}
	}

	#showCounts(counts: FilterCounts) {
		for (const box of this.#boxes()) {
			const count = box.parentElement?.querySelector('[data-count]');
			if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
		}
	}
}

customElements.define('search-page', SearchPage);
