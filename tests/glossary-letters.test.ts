import { describe, expect, it } from 'vitest';
import {
	glossaryPageUrl,
	groupByLetter,
	letterId,
	letterLinks,
	letterOf,
	paginateGroups,
	termsPerPage,
	LIST_CHARS_PER_PAGE,
	TERMS_PER_PAGE,
} from '../src/lib/glossary-letters.ts';

describe('groupByLetter', () => {
	it('puts every term under its letter, without diacritics, and keeps empty letters', () => {
		const groups = groupByLetter(['Één-op-één', 'borging', 'Afbakening', 'Ambassadeur', '3D-model'], (t) => t);
		expect(groups.find((g) => g.letter === 'E')?.items).toEqual(['Één-op-één']);
		expect(groups.find((g) => g.letter === 'A')?.items).toEqual(['Afbakening', 'Ambassadeur']);
		expect(groups.find((g) => g.letter === 'B')?.items).toEqual(['borging']);
		expect(groups.find((g) => g.letter === 'Q')?.items).toEqual([]);
		expect(groups.at(-1)).toEqual({ letter: '#', items: ['3D-model'] });
		expect(groups).toHaveLength(27);
	});
	it('names letters and their ids', () => {
		expect(letterOf('ïets')).toBe('I');
		expect(letterId('A')).toBe('letter-a');
		expect(letterId('#')).toBe('letter-overig');
	});
});

describe('paginateGroups', () => {
	const groups = [
		{ letter: 'A', items: ['a1', 'a2', 'a3'] },
		{ letter: 'B', items: [] },
		{ letter: 'C', items: ['c1', 'c2', 'c3', 'c4', 'c5'] },
	];

	it('keeps a glossary that fits on one page on /begrippen/', () => {
		const pages = paginateGroups(groups, 10);
		expect(pages).toHaveLength(1);
		expect(pages[0]?.url).toBe('/begrippen/');
		expect(pages[0]?.groups.map((g) => g.key)).toEqual(['A', 'C']);
	});

	it('splits a larger glossary into pages of at most `size` terms, continuing a letter on the next page', () => {
		const pages = paginateGroups(groups, 4);
		expect(pages.map((p) => p.url)).toEqual(['/begrippen/', '/begrippen/pagina/2/']);
		expect(pages[0]?.groups).toEqual([
			{ key: 'A', items: ['a1', 'a2', 'a3'], continued: false },
			{ key: 'C', items: ['c1'], continued: false },
		]);
		expect(pages[1]?.groups).toEqual([{ key: 'C', items: ['c2', 'c3', 'c4', 'c5'], continued: true }]);
		expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual([
			'a1',
			'a2',
			'a3',
			'c1',
			'c2',
			'c3',
			'c4',
			'c5',
		]);
	});

	it('links each letter to where it starts, as an anchor on its own page', () => {
		const pages = paginateGroups([...groups, { letter: 'D', items: ['d1', 'd2'] }], 4);
		expect(Object.fromEntries(letterLinks(pages, 1))).toEqual({
			A: '#letter-a',
			C: '#letter-c',
			D: '/begrippen/pagina/3/#letter-d',
		});
		expect(letterLinks(pages, 3).get('A')).toBe('/begrippen/#letter-a');
		expect(glossaryPageUrl(3)).toBe('/begrippen/pagina/3/');
	});

	it('gives an empty glossary one empty page', () => {
		expect(paginateGroups([], 4)).toEqual([{ number: 1, url: '/begrippen/', groups: [] }]);
	});
});

describe('termsPerPage', () => {
	it('keeps a glossary within both limits on one page', () => {
		expect(termsPerPage(127, LIST_CHARS_PER_PAGE)).toBe(127);
	});

	it('splits by text length before the term count, spreading the terms evenly', () => {
		// 130 terms of long definitions: two pages of 65, not 129 and 1.
		expect(termsPerPage(130, LIST_CHARS_PER_PAGE + 1)).toBe(65);
		expect(termsPerPage(130, 3 * LIST_CHARS_PER_PAGE)).toBe(44);
	});

	it('splits by term count when the definitions are short', () => {
		expect(termsPerPage(TERMS_PER_PAGE + 1, 100)).toBe(76);
		expect(termsPerPage(0, 0)).toBe(1);
	});
});
