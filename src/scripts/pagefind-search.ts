/**
 * `<search-page>`: the search on /zoeken/. Reads `?q=` and filter parameters
 * (`?q=borgen&stap=4&soort=instrument`), ticks the matching checkboxes, searches
 * with Pagefind (OR within a filter group, AND between groups) and keeps the URL
 * in step, so any result list can be shared. Filter counts follow the results.
 */
import {
	countText,
	createSearcher,
	showOutcome,
	warmUpSearch,
	type FilterCounts,
	type FilterQuery,
} from './search-core.ts';
import { chosenText, readFilterState, writeFilterState, type FilterState } from '../lib/filter-state.ts';

class SearchPage extends HTMLElement {
	#input!: HTMLInputElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#empty!: HTMLElement;
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
		if (!form || !input || !list || !status || !empty) return;
		[this.#input, this.#list, this.#status, this.#empty] = [input, list, status, empty];

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
		if (!term && Object.keys(filters).length === 0) {
			this.#list.replaceChildren();
			this.#status.textContent = '';
			this.#empty.hidden = true;
			return;
		}
		this.#status.textContent = 'Bezig met zoeken…';
		const current = () => search === this.#searches;
		const counting = this.#counting;
		try {
			const outcome = await this.#runSearch(term, filters, 30, counting);
			if (!outcome || !current()) return;
			const shown = await showOutcome(this.#list, outcome, current, () => {
				this.#status.textContent =
					outcome.total === 0
						? 'Geen resultaten.'
						: term
							? `${countText(outcome.total)} voor “${term}”.`
							: `${countText(outcome.total)}.`;
				this.#empty.hidden = outcome.total > 0;
				if (counting) this.#showCounts(outcome.filters);
			});
			if (shown && !counting) await this.#count(term, filters, current);
		} catch {
			if (current())
				this.#status.textContent =
					'Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik de overzichten hieronder.';
		}
	}

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
