/**
 * The checks the CMS runs in the browser before saving and publishing
 * (src/lib/cms/check.ts), on the real content as the index of /admin/ holds
 * it: each case of issue #28 that Decap's widgets cannot stop is refused with
 * the validator's Dutch message, naming the other entry where there is one.
 */
import { describe, expect, it } from 'vitest';
import {
	checkDraft,
	emptyOptionalPaths,
	fieldLabel,
	indexData,
	refusal,
	slugOf,
	type IndexEntry,
} from '../src/lib/cms/check.ts';
import { checkEntries, validationSchema } from '../src/lib/validation/check.ts';
import { loadContent } from '../src/lib/validation/load.ts';

const loaded = loadContent('content');
const index: IndexEntry[] = checkEntries(loaded.entries).entries.map((e) => ({
	collection: e.collection,
	id: e.id,
	data: indexData(e.data),
}));
// One draft begrip, as an editor might have saved it.
index.push({ collection: 'begrippen', id: 'nog-in-concept', data: { term: 'Nog in concept', draft: true } });

const begrip = (data: Record<string, unknown> = {}) => ({
	term: 'Testbegrip',
	definition: 'Een begrip voor de test.',
	sources: [{ title: 'Bron' }],
	reviewed: '2026-12-01',
	body: 'Tekst.',
	...data,
});
const messages = (result: ReturnType<typeof checkDraft>) => result.problems.map((p) => `${p.field}: ${p.message}`);

describe('checks before saving in the CMS', () => {
	it('accepts a valid new begrip', () => {
		expect(checkDraft('begrippen', '', begrip(), index)).toEqual({ remove: [], problems: [] });
	});

	it('refuses a definition of 350 characters, with the validator’s message', () => {
		expect(messages(checkDraft('begrippen', '', begrip({ definition: 'x'.repeat(350) }), index))).toEqual([
			'definition: hoogstens 300 tekens; dit zijn er 350',
		]);
	});

	it('refuses URLs that are not web addresses', () => {
		for (const url of ['javascript:alert(1)', 'geen url', 'www.example.nl'])
			expect(messages(checkDraft('begrippen', '', begrip({ sources: [{ title: 'Bron', url }] }), index))).toEqual([
				'sources[0].url: verwacht een webadres dat begint met https:// of http://',
			]);
	});

	it('refuses a begrip without sources', () => {
		expect(messages(checkDraft('begrippen', '', begrip({ sources: [] }), index))).toEqual([
			'sources: noem minstens één bron',
		]);
	});

	it('refuses a language that is not a code and a maintainer that is not a GitHub name', () => {
		const tool = {
			title: 'Testtool',
			summary: 'Voor de test.',
			kind: 'model',
			steps: ['voorbereiding'],
			language: 'Nederlands',
			sources: [{ title: 'Bron' }],
			reviewed: '2026-12-01',
		};
		expect(messages(checkDraft('tools', '', tool, index))).toEqual([
			'language: verwacht een taalcode van twee kleine letters, zoals "nl"',
		]);
		const werkgroep = { title: 'Testgroep', summary: 'Voor de test.', maintainers: ['geen handle!'] };
		expect(messages(checkDraft('werkgroepen', '', werkgroep, index))).toEqual([
			'maintainers[0]: verwacht een GitHub-naam, zoals "@naam"',
		]);
	});

	it('refuses a begrip that refers to itself, new or existing', () => {
		expect(messages(checkDraft('begrippen', '', begrip({ related: ['testbegrip'] }), index))).toEqual([
			'related[0]: een pagina kan niet naar zichzelf verwijzen',
		]);
		expect(
			messages(checkDraft('begrippen', 'borging', begrip({ term: 'Borging', related: ['borging'] }), index)),
		).toEqual(['related[0]: een pagina kan niet naar zichzelf verwijzen']);
	});

	it('refuses a second term "Borging", naming the begrip that has it', () => {
		expect(messages(checkDraft('begrippen', '', begrip({ term: 'Borging' }), index))).toEqual([
			'term: "Borging" is al het begrip van content/begrippen/borging.md; elk begrip en elke andere naam mag maar één keer voorkomen',
		]);
		expect(messages(checkDraft('begrippen', '', begrip({ aliases: ['borgen'] }), index))).toEqual([
			'aliases[0]: "borgen" is al een andere naam van content/begrippen/borging.md; elk begrip en elke andere naam mag maar één keer voorkomen',
		]);
	});

	it('an existing begrip keeps its own term and aliases', () => {
		const borging = loaded.entries.find((e) => e.collection === 'begrippen' && e.id === 'borging')!;
		expect(checkDraft('begrippen', 'borging', borging.data as Record<string, unknown>, index).problems).toEqual([]);
	});

	it('refuses a second step 1, naming the step that has it', () => {
		const step = loaded.entries.find((e) => e.collection === 'stappen' && e.id === 'voorbereiding')!;
		const data = { ...(step.data as Record<string, unknown>), title: 'Nog een stap' };
		expect(messages(checkDraft('stappen', '', data, index))).toEqual([
			'step: stap 1 komt twee keer voor; content/stappen/voorbereiding.md heeft dit nummer al',
		]);
	});

	it('refuses a reference to a draft from a published entry, not from a draft', () => {
		expect(messages(checkDraft('begrippen', '', begrip({ related: ['nog-in-concept'] }), index))).toEqual([
			'related[0]: begrip "nog-in-concept" is een concept en komt niet op de site; publiceer het of haal deze verwijzing weg',
		]);
		expect(checkDraft('begrippen', '', begrip({ related: ['nog-in-concept'], draft: true }), index).problems).toEqual(
			[],
		);
	});

	it('refuses a term of only spaces', () => {
		expect(messages(checkDraft('begrippen', '', begrip({ term: '   ' }), index))).toEqual([
			'term: dit veld is leeg; vul tekst in',
		]);
	});

	it('takes optional fields the editor left empty out of the file', () => {
		const data = begrip({ sources: [{ title: 'Bron', section: '', url: '' }], autolink: null });
		const result = checkDraft('begrippen', '', data, index);
		expect(result).toEqual({
			remove: [['sources', 0, 'section'], ['sources', 0, 'url'], ['autolink']],
			problems: [],
		});
		expect(emptyOptionalPaths(validationSchema('begrippen'), { term: '' })).toEqual([]);
	});

	it('says what to fix in Dutch, one line per problem', () => {
		const { problems } = checkDraft('begrippen', '', begrip({ term: 'Borging', sources: [] }), index);
		expect(refusal('begrippen', problems)).toBe(
			'Dit kan nog niet: los dit op.\n• Bronnen waarop deze pagina is gebaseerd: noem minstens één bron',
		);
	});

	it('names a field by its label in the CMS, with item numbers from 1', () => {
		expect(fieldLabel('begrippen', 'related[8]')).toBe('Verwante begrippen (nr. 9)');
		expect(fieldLabel('begrippen', 'sources[0].url')).toBe(
			'Bronnen waarop deze pagina is gebaseerd (nr. 1) › Webadres van het document (alleen als het zeker klopt)',
		);
		expect(fieldLabel('stappen', 'step')).toBe('Nummer van de stap (1 tot en met 6)');
		// A path the schema does not know keeps its key.
		expect(fieldLabel('begrippen', 'onbekend')).toBe('onbekend');
	});

	it('makes the slug Decap makes', () => {
		expect(slugOf('Één keer – Borging!')).toBe('een-keer-borging');
	});
});
