/**
 * `<catalogue-filter>`: facet filtering of a catalogue page. Reads the chosen
 * values from the URL, hides entries that do not match (OR within a group, AND
 * between groups), updates the counts next to each value, and writes the state
 * back to the URL so a filtered list can be shared and survives a reload.
 */
import {
	chosenText,
	facetCounts,
	isEmpty,
	matches,
	readFilterState,
	writeFilterState,
	type FacetGroups,
	type FilterState,
	type ItemFacets,
} from '../lib/filter-state.ts';

class CatalogueFilter extends HTMLElement {
	connectedCallback() {
		// Only the live form: a paged catalogue's form sends its filters to /zoeken/ instead.
		const form = this.querySelector<HTMLFormElement>('form[data-live]');
		if (!form) return;
		const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
		const groups: Record<string, string[]> = {};
		for (const box of boxes) (groups[box.name] ??= []).push(box.value);
		const items = [...this.querySelectorAll<HTMLElement>('li[data-facets]')].map((el) => ({
			el,
			key: el.querySelector('a')?.getAttribute('href') ?? '',
			facets: JSON.parse(el.dataset['facets'] ?? '{}') as ItemFacets,
		}));

		const state = readFilterState(new URLSearchParams(location.search), groups);
		for (const box of boxes) box.checked = state[box.name]?.includes(box.value) ?? false;
		form.hidden = false;
		form.addEventListener('change', () => this.#apply(form, boxes, groups, items, true));
		form.addEventListener('reset', () => setTimeout(() => this.#apply(form, boxes, groups, items, true)));
		this.#apply(form, boxes, groups, items, false);
	}

	#apply(
		form: HTMLFormElement,
		boxes: HTMLInputElement[],
		groups: FacetGroups,
		items: { el: HTMLElement; key: string; facets: ItemFacets }[],
		writeUrl: boolean,
	) {
		const state: FilterState = {};
		for (const box of boxes) if (box.checked) (state[box.name] ??= []).push(box.value);
		for (const item of items) item.el.hidden = !matches(item.facets, state);
		// An entry with several values of the main facet (an organisation's roles) is listed in each
		// of its groups: count it once, in the total, the shown count and the counts per value.
		const entries = [...new Map(items.map((item) => [item.key, item])).values()];
		const shown = entries.filter((item) => !item.el.hidden).length;
		for (const section of this.querySelectorAll<HTMLElement>('section[data-group]')) {
			section.hidden = !section.querySelector('li[data-facets]:not([hidden])');
		}
		const counts = facetCounts(
			entries.map((i) => i.facets),
			state,
			groups,
		);
		for (const box of boxes) {
			const count = box.parentElement?.querySelector('[data-count]');
			if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
		}
		const none = this.querySelector<HTMLElement>('[data-none]');
		if (none) none.hidden = shown > 0;
		const chosen = form.querySelector('[data-active-count]');
		if (chosen) chosen.textContent = chosenText(state);
		const status = this.querySelector('[data-status]');
		if (status)
			status.textContent = isEmpty(state) ? `${entries.length} in totaal` : `${shown} van ${entries.length} getoond`;
		if (writeUrl) {
			const params = writeFilterState(state, groups).toString();
			history.replaceState(null, '', params ? `?${params}` : location.pathname);
		}
	}
}

customElements.define('catalogue-filter', CatalogueFilter);
