/**
 * Words for the search: compounds split by the build (Pagefind meta `parts`)
 * and joined in queries, and the vocabulary of the "Bedoelde je …?"
 * suggestions. Each test pins an input and its output.
 */
import { describe, expect, it } from 'vitest';
import {
	compoundParts,
	joinAt,
	joinCandidates,
	joinForms,
	splitCompound,
	splitVocabulary,
} from '../src/lib/search-compounds.ts';
import { buildVocabulary } from '../src/lib/search-vocabulary.ts';
import { isStopWord } from '../src/lib/stopwords.ts';

describe('compounds', () => {
	const vocabulary = splitVocabulary([
		{ term: 'Implementatie', aliases: ['implementeren'], english: ['implementation'] },
		{ term: 'Implementatiecoach', english: ['implementation coach'] },
		{ term: 'Specificatiecanvas', english: ['specification canvas'] },
		{ term: 'Kwaliteitsstandaard', english: ['quality standard'] },
		{ term: 'Plan van aanpak' },
		{ term: 'Kwaliteit' },
		{ term: 'Standaard' },
	]);

	it('takes the words of terms, aliases and English equivalents as the vocabulary', () => {
		expect([...vocabulary].sort()).toEqual(
			[
				'aanpak',
				'canvas',
				'coach',
				'implementatie',
				'implementatiecoach',
				'implementation',
				'implementeren',
				'kwaliteit',
				'kwaliteitsstandaard',
				'plan',
				'quality',
				'specification',
				'specificatiecanvas',
				'standaard',
				'standard',
			].sort(),
		);
	});

	it('splits a compound where one part is a known word', () => {
		expect(splitCompound('Implementatiecoach', vocabulary)).toEqual(['implementatie', 'coach']);
		expect(splitCompound('implementatiedeskundige', vocabulary)).toEqual(['implementatie', 'deskundige']);
		expect(splitCompound('specificatiecanvas', vocabulary)).toEqual(['specificatie', 'canvas']);
		expect(splitCompound('implementatieplan', vocabulary)).toEqual(['implementatie', 'plan']);
		expect(splitCompound('kwaliteitsstandaard', vocabulary)).toEqual(['kwaliteit', 'standaard']);
	});

	it('leaves words without a known part, and short rests, whole', () => {
		expect(splitCompound('borging', vocabulary)).toBeUndefined();
		expect(splitCompound('planning', vocabulary)).toBeUndefined();
		expect(splitCompound('coach', vocabulary)).toBeUndefined();
	});

	it('lists the parts of a title and its aliases once, skipping hyphenated words', () => {
		expect(
			compoundParts(['Implementatiecoach', 'implementatiecoaches', 'implementatie-uitkomsten'], vocabulary),
		).toEqual(['implementatie', 'coach', 'coaches']);
		expect(compoundParts(['Borging'], vocabulary)).toEqual([]);
	});
});

describe('compounds in queries', () => {
	it('joins two adjacent query words, with and without a linking s', () => {
		expect(joinForms('implementatie', 'plan')).toEqual(['implementatieplan', 'implementatiesplan']);
		expect(joinForms('Kwaliteit', 'standaard')).toEqual(['kwaliteitstandaard', 'kwaliteitsstandaard']);
		expect(joinForms('proces', 'evaluatie')).toEqual(['procesevaluatie']);
		expect(joinForms('nul', 'meting')).toEqual(['nulmeting', 'nulsmeting']);
		expect(joinForms('ik', 'plan')).toEqual([]);
		expect(joinForms('re-aim', 'model')).toEqual([]);
	});

	it('finds every adjacent pair to try, and replaces a pair by its joined form', () => {
		expect(joinCandidates(['kies', 'implementatie', 'strategie'])).toEqual([
			{ at: 0, forms: ['kiesimplementatie'] },
			{ at: 1, forms: ['implementatiestrategie', 'implementatiesstrategie'] },
		]);
		expect(joinAt(['kies', 'implementatie', 'strategie'], 1, 'implementatiestrategie')).toEqual([
			'kies',
			'implementatiestrategie',
		]);
	});
});

describe('the vocabulary', () => {
	const pages = [
		{
			content: 'Opschaling. Het uitbreiden van een werkwijze naar meer teams. Werkwijze en teams.',
			meta: { title: 'Opschaling', aliases: 'opschalen, opgeschaald', english: 'scale-up' },
		},
		{ content: 'Een werkwijze die blijft. De teams leren; één keer is geen keer.', meta: { title: 'Borging' } },
		{ content: 'Een andere werkwijze: geïmplementeerd, geimplementeerd en Geïmplementeerd.', meta: {} },
	];

	it('puts names first, then words on two pages or more, most pages first, without stop words', () => {
		// Ties in alphabetical order.
		expect(buildVocabulary(pages, isStopWord).words).toEqual([
			'borging',
			'opgeschaald',
			'opschalen',
			'opschaling',
			'scale-up',
			'werkwijze',
			'teams',
		]);
	});

	it('keeps the most frequent way of writing a word, and stops at the limit', () => {
		const words = buildVocabulary([pages[2]!, pages[2]!], isStopWord).words;
		expect(words).toEqual(['geïmplementeerd', 'werkwijze']);
		expect(buildVocabulary(pages, isStopWord, 2).words).toEqual(['borging', 'opgeschaald']);
	});
});
