/**
 * Pure facet filtering and its URL form, shared by the catalogues and /zoeken/.
 * A state maps a facet name to the chosen values. Items match when, for every
 * group with a choice, they have at least one chosen value: OR within a group,
 * AND between groups. In the URL each choice is one parameter (`?soort=model&soort=methode&stap=4`).
 */

/** Chosen values per facet name; groups without a choice are absent. */
export type FilterState = Record<string, string[]>;
/** The allowed values per facet name, in display order. */
export type FacetGroups = Record<string, readonly string[]>;
/** The facet values of one item. */
export type ItemFacets = Record<string, readonly string[]>;

/** Reads the state from URL parameters; unknown names and values are ignored. */
export function readFilterState(params: URLSearchParams, groups: FacetGroups): FilterState {
	const state: FilterState = {};
	for (const [name, allowed] of Object.entries(groups)) {
		const chosen = new Set(params.getAll(name));
		const values = allowed.filter((value) => chosen.has(value));
		if (values.length > 0) state[name] = values;
	}
	return state;
}

/** Writes the state into URL parameters, in group and value order, so equal states give equal URLs. */
export function writeFilterState(
	state: FilterState,
	groups: FacetGroups,
	params = new URLSearchParams(),
): URLSearchParams {
	for (const [name, allowed] of Object.entries(groups)) {
		const chosen = new Set(state[name] ?? []);
		for (const value of allowed) if (chosen.has(value)) params.append(name, value);
	}
	return params;
}

/** True when the item satisfies every group with a choice; `skip` ignores one group. */
export function matches(item: ItemFacets, state: FilterState, skip?: string): boolean {
	return Object.entries(state).every(
		([name, chosen]) => name === skip || chosen.length === 0 || chosen.some((value) => item[name]?.includes(value)),
	);
}

/**
 * Counts per facet value: how many items have that value and match the choices
 * in all other groups, i.e. how many results there would be with it ticked
 * (as the only choice in its group). Counts of one group do not shrink when
 * you tick a value in that same group, which suits OR within a group.
 */
export function facetCounts(
	items: readonly ItemFacets[],
	state: FilterState,
	groups: FacetGroups,
): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = {};
	for (const [name, allowed] of Object.entries(groups)) {
		const own: Record<string, number> = Object.fromEntries(allowed.map((value) => [value, 0]));
		for (const item of items) {
			if (!matches(item, state, name)) continue;
			for (const value of item[name] ?? []) if (value in own) own[value] = (own[value] ?? 0) + 1;
		}
		counts[name] = own;
	}
	return counts;
}

/** True when nothing is chosen. */
export const isEmpty = (state: FilterState): boolean => Object.values(state).every((values) => values.length === 0);

/** What a closed filter panel says after "Filters": "(2 gekozen)", or nothing when no value is chosen. */
export function chosenText(state: FilterState): string {
	const chosen = Object.values(state).reduce((sum, values) => sum + values.length, 0);
	return chosen === 0 ? '' : `(${chosen} gekozen)`;
}
