/** Facet filtering and its URL state: AND between groups, OR within a group, stable URLs. */
import { describe, expect, it } from 'vitest';
import {
	chosenText,
	facetCounts,
	isEmpty,
	matches,
	readFilterState,
	writeFilterState,
	type FacetGroups,
} from '../src/lib/filter-state.ts';

const groups: FacetGroups = { soort: ['model', 'methode', 'instrument'], stap: ['1', '2', '3', '4'] };
const items = [
	{ soort: ['model'], stap: ['1', '4'] },
	{ soort: ['methode'], stap: ['4'] },
	{ soort: ['instrument'], stap: ['2'] },
	{ soort: ['model'], stap: ['2'] },
];

describe('matches', () => {
	it('matches everything without a choice', () => {
		expect(items.filter((i) => matches(i, {}))).toHaveLength(4);
	});
	it('ORs values within a group', () => {
		expect(items.filter((i) => matches(i, { soort: ['model', 'methode'] }))).toHaveLength(3);
	});
	it('ANDs groups', () => {
		expect(items.filter((i) => matches(i, { soort: ['model'], stap: ['4'] }))).toEqual([items[0]]);
	});
});

describe('facetCounts', () => {
	it('counts each value against the choices in the other groups', () => {
		const counts = facetCounts(items, { stap: ['4'] }, groups);
		expect(counts['soort']).toEqual({ model: 1, methode: 1, instrument: 0 });
		// Ticking stap 4 does not shrink the other stap counts (OR within a group).
		expect(counts['stap']).toEqual({ '1': 1, '2': 2, '3': 0, '4': 2 });
	});
});

describe('URL state', () => {
	it('reads known names and values only, in group order', () => {
		const state = readFilterState(
			new URLSearchParams('stap=4&soort=methode&soort=model&soort=onzin&kleur=rood'),
			groups,
		);
		expect(state).toEqual({ soort: ['model', 'methode'], stap: ['4'] });
	});
	it('writes a stable URL, whatever order values were ticked in', () => {
		const url = writeFilterState({ stap: ['4'], soort: ['methode', 'model'] }, groups).toString();
		expect(url).toBe('soort=model&soort=methode&stap=4');
	});
	it('round-trips through the URL', () => {
		const state = { soort: ['instrument'], stap: ['2', '3'] };
		expect(readFilterState(writeFilterState(state, groups), groups)).toEqual(state);
	});
	it('keeps existing parameters such as q first', () => {
		expect(writeFilterState({ stap: ['1'] }, groups, new URLSearchParams({ q: 'borgen' })).toString()).toBe(
			'q=borgen&stap=1',
		);
	});
	it('knows an empty state', () => {
		expect(isEmpty({})).toBe(true);
		expect(isEmpty({ stap: [] })).toBe(true);
		expect(isEmpty({ stap: ['1'] })).toBe(false);
	});
});

describe('chosenText', () => {
	it('counts the chosen values over all groups', () => {
		expect(chosenText({ soort: ['model', 'methode'], stap: ['4'] })).toBe('(3 gekozen)');
	});
	it('says nothing when no value is chosen', () => {
		expect(chosenText({})).toBe('');
		expect(chosenText({ soort: [] })).toBe('');
	});
});
