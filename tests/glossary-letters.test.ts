import { describe, expect, it } from 'vitest';
import { groupByLetter, letterId, letterOf } from '../src/lib/glossary-letters.ts';

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
