/**
 * The query pipeline's pure steps: content words (stop words out), real
 * matches against Pagefind's stand-ins, exact matches,
 * relaxing by rank, suggestions and sentence excerpts. Each test pins an
 * input and its output.
 */
import { describe, expect, it } from 'vitest';
import { exactMatchRank, NAME_META, nameQueries, namesOf, tieredMatchRank } from '../src/lib/search-exact.ts';
import { leadText, sentenceExcerpt } from '../src/lib/search-excerpt.ts';
import { FEW_RESULTS, mergeByRank, relax, wordWeight } from '../src/lib/search-merge.ts';
import { planQuery, supports } from '../src/lib/search-query.ts';
import { lexicon, maxEdits, suggestQuery, suggestWord } from '../src/lib/search-suggest.ts';
import { fold, matchKey, wordsOf } from '../src/lib/search-text.ts';
import { parseVocabulary } from '../src/lib/search-vocabulary.ts';
import { isStopWord } from '../src/lib/stopwords.ts';
import { isStopWord as isStopWordInBrowser } from '../src/scripts/stop-words.ts';

describe('comparing words', () => {
	it('folds case and diacritics, and keys names without punctuation', () => {
		expect(fold('Implementatiestrategieën')).toBe('implementatiestrategieen');
		expect(matchKey('RE-AIM')).toBe('re aim');
		expect(matchKey(" Risico's ")).toBe('risicos');
		expect(matchKey('SMART-doelen')).toBe(matchKey('smart doelen'));
		expect(wordsOf('Wat is scale-up, of (NIC)?')).toEqual(['Wat', 'is', 'scale-up', 'of', 'NIC']);
	});
});

describe('stop words', () => {
	const content = (text: string) => planQuery(text, isStopWord).content;

	it('leaves the content words of a question', () => {
		expect(content('hoe maak ik een implementatieplan')).toEqual(['implementatieplan']);
		expect(content('Wat is het verschil tussen PDCA en PDSA?')).toEqual(['verschil', 'PDCA', 'PDSA']);
		expect(content('hoe ga ik om met weerstand bij medewerkers')).toEqual(['ga', 'weerstand', 'medewerkers']);
		expect(content('plan van aanpak')).toEqual(['plan', 'aanpak']);
	});

	it('joins the particle of a separable verb at the end of a question to its verb', () => {
		expect(content('hoe zet ik een lerend netwerk op')).toEqual(['opzet', 'lerend', 'netwerk']);
		expect(content('Hoe schaal ik een project op?')).toEqual(['opschaal', 'project']);
		expect(content('wanneer stel ik het plan bij')).toEqual(['bijstel', 'plan']);
		// A particle that is no stop word goes into the verb, not also on its own.
		expect(content('hoe houden we het vol')).toEqual(['volhouden']);
		expect(content('hoe werken we samen met de wijk')).toEqual(['werken', 'wijk']);
		expect(content('hoe gaan we weerstand tegen')).toEqual(['tegengaan', 'weerstand']);
		// Not a question, or no particle at the end: the words as they are.
		expect(content('lerend netwerk op')).toEqual(['lerend', 'netwerk']);
		expect(content('hoe ga ik om met weerstand')).toEqual(['ga', 'weerstand']);
	});

	it('keeps every word when all are stop words', () => {
		expect(planQuery('over', isStopWord)).toEqual({ text: 'over', words: ['over'], content: ['over'] });
		expect(content('wat is dat')).toEqual(['wat', 'is', 'dat']);
	});

	it('uses the same Dutch list in the browser as in the build', () => {
		for (const word of ['hoe', 'wat', 'ik', 'een', 'tussen', 'welke', 'borging', 'implementatieplan'])
			expect(isStopWordInBrowser(word), word).toBe(isStopWord(word));
	});
});

describe('real matches and stand-ins', () => {
	it('accepts the word, its inflections and its stem', () => {
		expect(supports('Nulmeting.', 'nulmeting')).toBe(true);
		expect(supports('verankering', 'verankerd')).toBe(true);
		expect(supports('(NIC)', 'nic')).toBe(true);
		expect(supports('geïmplementeerd', 'geimplementeerd')).toBe(true);
		expect(supports("risico's", 'risicos')).toBe(true);
	});

	it('rejects the shorter word Pagefind falls back to for a word it does not have', () => {
		expect(supports('weer', 'weerstant')).toBe(false);
		expect(supports('processen', 'procesevalutie')).toBe(false);
		expect(supports('doorbraakmethode', 'doorbraakmetode')).toBe(false);
	});
});

describe('exact matches', () => {
	const term = { type: 'Begrip', title: 'Nederlands Implementatie Collectief', aliases: 'NIC' };
	const training = { type: 'Training of bijeenkomst', title: 'Werkbijeenkomsten van de NIC-werkgroepen' };
	const tool = { type: 'Methode of tool', title: 'CFIR (Consolidated Framework for Implementation Research)' };
	const cfir = { type: 'Begrip', title: 'CFIR', english: 'Consolidated Framework for Implementation Research' };
	const opschaling = {
		type: 'Begrip',
		title: 'Opschaling',
		aliases: 'opschalen, opgeschaald',
		english: 'scale-up, scaling up',
	};

	it('knows a page by its title, the parts of a bracketed title, its aliases and English equivalents', () => {
		expect([...namesOf(tool)]).toEqual([
			'cfir consolidated framework for implementation research',
			'cfir',
			'consolidated framework for implementation research',
		]);
		expect([...namesOf(opschaling)]).toEqual(['opschaling', 'opschalen', 'opgeschaald', 'scale up', 'scaling up']);
	});

	it('matches whole names only, of terms, steps and tools, terms ranking first', () => {
		expect(exactMatchRank(['nic'], term)).toBe(0);
		expect(exactMatchRank(['Scale-up'], opschaling)).toBe(0);
		expect(exactMatchRank(['scale'], opschaling)).toBeUndefined();
		expect(exactMatchRank(['wat is opschaling', 'opschaling'], opschaling)).toBe(0);
		expect(exactMatchRank(['CFIR'], tool)).toBe(2);
		expect(exactMatchRank(['CFIR'], cfir)).toBe(0);
		expect(exactMatchRank(['Werkbijeenkomsten van de NIC-werkgroepen'], training)).toBeUndefined();
		expect(NAME_META).toEqual(['title', 'aliases', 'english']);
	});

	it('tries the whole query first, then, when relaxed, the runs of its content words with a rare word', () => {
		const plan = { text: 'hoe creëer ik draagvlak', content: ['creëer', 'draagvlak'] };
		expect(nameQueries(plan, [], new Set())).toEqual([['hoe creëer ik draagvlak', 'creëer draagvlak']]);
		expect(nameQueries(plan, [], new Set(['draagvlak']))).toEqual([
			['hoe creëer ik draagvlak', 'creëer draagvlak'],
			['draagvlak'],
		]);
		// A common word ("implementatie", on most pages) never names the subject on its own.
		const question = {
			text: 'hoe betrek ik medewerkers bij implementatie',
			content: ['betrek', 'medewerkers', 'implementatie'],
		};
		expect(nameQueries(question, [], new Set(['medewerkers']))).toEqual([
			[question.text, 'betrek medewerkers implementatie'],
			['betrek medewerkers', 'medewerkers implementatie'],
			['medewerkers'],
		]);
	});

	it('ranks a match of the whole query above a match of a part, and then by type', () => {
		const tiers = [
			['wat is het verschil tussen pdca en pdsa', 'verschil pdca pdsa'],
			['pdca', 'pdsa'],
		];
		const pdca = { type: 'Begrip', title: 'PDCA' };
		const pdcaTool = { type: 'Methode of tool', title: 'PDCA', aliases: 'PDSA' };
		expect(tieredMatchRank(tiers, pdca)).toBe(3);
		expect(tieredMatchRank(tiers, pdcaTool)).toBe(5);
		expect(tieredMatchRank([['pdca'], ['verschil']], pdca)).toBe(0);
		expect(tieredMatchRank(tiers, { type: 'Begrip', title: 'Verschil' })).toBeUndefined();
	});
});

describe('relaxing', () => {
	it('merges ranked lists by reciprocal rank, weighted, pages in several lists adding up', () => {
		expect(
			mergeByRank([
				{ ids: ['a', 'b', 'c'], weight: 1 },
				{ ids: ['c', 'd'], weight: 1 },
			]),
		).toEqual(['c', 'a', 'b', 'd']);
		expect(
			mergeByRank([
				{ ids: ['a', 'b'], weight: 1 },
				{ ids: ['x', 'y'], weight: 3 },
			]),
		).toEqual(['x', 'y', 'a', 'b']);
	});

	it('lets a rare word count more than a common one', () => {
		expect(wordWeight(2, 200)).toBeCloseTo(Math.log(101));
		expect(wordWeight(200, 200)).toBeCloseTo(Math.log(2));
		expect(wordWeight(0, 200)).toBeCloseTo(Math.log(201));
		// "kies" is on 150 of 200 pages, "implementatiestrategie" on 3.
		const kies = ['k1', 'k2', 'k3', ...Array.from({ length: 147 }, (_, i) => `p${i}`)];
		expect(relax([], [kies, ['s1', 's2', 's3']], 200).slice(0, 4)).toEqual(['s1', 's2', 's3', 'k1']);
	});

	it('ranks the pages with every word high among the pages with some', () => {
		expect(
			relax(
				['both'],
				[
					['one', 'both'],
					['two', 'both'],
				],
				10,
			),
		).toEqual(['both', 'one', 'two']);
		// Low in every list, a page with every word still leads the best page of each single word,
		// and one at the top of two of the three lists.
		expect(
			relax(
				['c'],
				[
					['a', 'x', 'c'],
					['b', 'y', 'c'],
				],
				10,
			),
		).toEqual(['c', 'a', 'b', 'x', 'y']);
		expect(
			relax(
				['c'],
				[
					['t', 'c'],
					['t', 'c'],
					['z', 'c'],
				],
				10,
			),
		).toEqual(['c', 't', 'z']);
		// Without the list of pages with every word, the page at the top of two lists leads.
		expect(
			relax(
				[],
				[
					['t', 'c'],
					['t', 'c'],
					['z', 'c'],
				],
				10,
			),
		).toEqual(['t', 'c', 'z']);
		expect(FEW_RESULTS).toBeGreaterThan(1);
	});
});

describe('suggestions', () => {
	const words = lexicon(
		parseVocabulary({
			words: ['implementatieplan', 'strategie', 'weerstand', 'effectevaluatie', 'weerstandsvermogen', 'werkwijze'],
		}),
	);

	it('reads only a list of words from the vocabulary file', () => {
		expect(parseVocabulary({ words: ['borging', 3, '', null] })).toEqual({ words: ['borging'] });
		expect(parseVocabulary(null)).toEqual({ words: [] });
	});

	it('allows more edits for longer words, none for short ones', () => {
		expect([3, 4, 5, 7, 8, 11, 12, 20].map(maxEdits)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
	});

	it('suggests the closest word of the vocabulary', () => {
		expect(suggestWord('implemetatieplan', words)).toBe('implementatieplan');
		expect(suggestWord('Weerstant', words)).toBe('weerstand');
		expect(suggestWord('effectevaulatie', words)).toBe('effectevaluatie');
		expect(suggestWord('stategie', words)).toBe('strategie');
	});

	it('suggests nothing for a known word, a word being typed, or a word too far off', () => {
		expect(suggestWord('weerstand', words)).toBeUndefined();
		expect(suggestWord('weerstandsv', words)).toBeUndefined();
		expect(suggestWord('xqzwvplk', words)).toBeUndefined();
		expect(suggestWord('wear', words)).toBeUndefined();
	});

	it('replaces only the unknown words of the query, as whole words', () => {
		expect(suggestQuery('implementatie stategie', ['stategie'], words)).toBe('implementatie strategie');
		expect(suggestQuery('hoe ga ik om met weerstant', ['weerstant'], words)).toBe('hoe ga ik om met weerstand');
		expect(suggestQuery('xqzwvplk', ['xqzwvplk'], words)).toBeUndefined();
	});
});

describe('sentence excerpts', () => {
	const content =
		'Borging. Ervoor zorgen dat een verandering blijft. Andere vormen: borgen, geborgd. Uitleg. Een nieuwe werkwijze verdwijnt vaak weer als niemand erop let. Daarom plan je de borging vanaf het begin, met vaste afspraken over wie wat doet en wanneer het team terugkijkt op de resultaten van de verandering in de praktijk.';
	const at = (word: string) => content.split(' ').indexOf(word);

	it('starts at the sentence of the best match and ends at a sentence end', () => {
		expect(sentenceExcerpt(content, [at('werkwijze')], 16)).toBe(
			'Een nieuwe <mark>werkwijze</mark> verdwijnt vaak weer als niemand erop let.',
		);
	});

	it('marks with "…" where it cuts a sentence', () => {
		expect(sentenceExcerpt(content, [at('terugkijkt')], 10)).toBe(
			'… wanneer het team <mark>terugkijkt</mark> op de resultaten van de verandering …',
		);
	});

	it('marks only the given positions, and shows the start of the page without any', () => {
		expect(sentenceExcerpt(content, [at('borging')], 8)).toBe(
			'Daarom plan je de <mark>borging</mark> vanaf het begin, …',
		);
		expect(sentenceExcerpt(content, [], 8)).toBe('Borging. Ervoor zorgen dat een verandering blijft.');
		expect(sentenceExcerpt('', [3])).toBe('');
	});

	it('marks a word without the punctuation around it, entities included', () => {
		expect(sentenceExcerpt(content, [at('blijft.')], 8)).toBe(
			'Ervoor zorgen dat een verandering <mark>blijft</mark>. Andere vormen: …',
		);
		expect(sentenceExcerpt('Zie &quot;scale-up&quot;, (RE-AIM).', [1, 2])).toBe(
			'Zie &quot;<mark>scale-up</mark>&quot;, (<mark>RE-AIM</mark>).',
		);
		expect(sentenceExcerpt('Kijk: ?!', [1])).toBe('Kijk: <mark>?!</mark>');
	});
});

describe('the lead of a page', () => {
	it('is the text after the title, up to a sentence end', () => {
		const step =
			'Stap 1 van 6. Voorbereiding. Je regelt wat het project nodig heeft. Daarnaast zorg je dat iedereen het weet en meedoet.';
		expect(leadText(step, 'Voorbereiding', 12)).toBe('Je regelt wat het project nodig heeft.');
		expect(leadText(step, 'Voorbereiding', 6)).toBe('Je regelt wat het project nodig …');
		expect(leadText('CFIR (Consolidated Framework). Een raamwerk. Meer.', 'CFIR (Consolidated Framework)')).toBe(
			'Een raamwerk. Meer.',
		);
		// No title at the start: the start of the page.
		expect(leadText('Een raamwerk. Meer.', 'Elders')).toBe('Een raamwerk. Meer.');
	});
});
