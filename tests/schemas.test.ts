/**
 * Every collection schema against valid fixtures and against bad frontmatter,
 * through the friendly-error wrapper. The messages are pinned: editors read them.
 */
import { describe, expect, it } from 'vitest';
import { readEntry } from '../src/lib/validation/load.ts';
import { validationSchema } from '../src/lib/validation/check.ts';
import { formatProblem, parseEntry } from '../src/schemas/errors.ts';
import { collectionNames, type CollectionName } from '../src/schemas/index.ts';
import { readdirSync } from 'node:fs';
import { FIXTURE_CONTENT } from './helpers.ts';

const fixture = (collection: CollectionName) => {
	const name = readdirSync(`${FIXTURE_CONTENT}/${collection}`)[0];
	const { entry } = readEntry(collection, `${FIXTURE_CONTENT}/${collection}/${name}`);
	if (!entry) throw new Error(`fixture for ${collection} does not load`);
	return entry.data as Record<string, unknown>;
};

/** Parses `data` for a collection and returns the printed problem lines. */
const problems = (collection: CollectionName, data: unknown) => {
	const result = parseEntry(validationSchema(collection), data, `content/${collection}/x.md`);
	return result.success ? [] : result.problems.map(formatProblem);
};

describe('valid fixtures', () => {
	it.each(collectionNames)('%s fixture parses', (collection) => {
		expect(problems(collection, fixture(collection))).toEqual([]);
	});
});

describe('begrippen', () => {
	const valid = fixture('begrippen');
	it('rejects a definition over 300 characters', () => {
		expect(problems('begrippen', { ...valid, definition: 'a'.repeat(301) })).toEqual([
			'content/begrippen/x.md: definition: hoogstens 300 tekens; dit zijn er 301',
		]);
	});
	it('rejects an unknown key with a did-you-mean hint', () => {
		expect(problems('begrippen', { ...valid, defintion: 'x' })[0]).toBe(
			'content/begrippen/x.md: defintion: onbekend veld (bedoel je "definition"?); toegestane velden zijn: term, aliases, english, searchTerms, definition, related, tool, steps, sources, reviewed, draft, properNames, autolink',
		);
	});
	it('rejects a missing required field', () => {
		const { term: _term, ...rest } = valid;
		expect(problems('begrippen', rest)).toEqual(['content/begrippen/x.md: term: dit veld ontbreekt; vul het in']);
	});
	it('rejects a wrong type', () => {
		expect(problems('begrippen', { ...valid, aliases: 'borgen' })).toEqual([
			'content/begrippen/x.md: aliases: verwacht een lijst, maar hier staat "borgen"',
		]);
	});
	it('rejects a date that is not a calendar date', () => {
		expect(problems('begrippen', { ...valid, reviewed: '2026-13-45' })).toEqual([
			'content/begrippen/x.md: reviewed: deze datum bestaat niet; verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01',
		]);
	});
	it('rejects a number as a date', () => {
		expect(problems('begrippen', { ...valid, reviewed: 2026 })).toEqual([
			'content/begrippen/x.md: reviewed: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01; hier staat het getal 2026',
		]);
	});
	it('requires at least one source', () => {
		expect(problems('begrippen', { ...valid, sources: [] })).toEqual([
			'content/begrippen/x.md: sources: noem minstens één bron',
		]);
	});
	it('names the nested field of a bad source', () => {
		expect(problems('begrippen', { ...valid, sources: [{ title: 'Bron', sectie: '2' }] })[0]).toMatch(
			/^content\/begrippen\/x\.md: sources\[0\]\.sectie: onbekend veld \(bedoel je "section"\?\)/,
		);
	});
	it('accepts the editors’ own advice as a source of kind redactie, with a section', () => {
		const redactie = { title: 'Redactie Implementatiewiki', kind: 'redactie', section: 'Zelf toepassen' };
		expect(problems('begrippen', { ...valid, sources: [redactie] })).toEqual([]);
	});
	it('rejects an unknown source kind with a hint', () => {
		expect(
			problems('begrippen', { ...valid, sources: [{ title: 'Redactie', kind: 'redaktie', section: 'x' }] }),
		).toEqual([
			'content/begrippen/x.md: sources[0].kind: kies uit redactie; hier staat "redaktie" (bedoel je "redactie"?)',
		]);
	});
	it('asks a redactie source what the editors added, and gives it no url', () => {
		expect(
			problems('begrippen', {
				...valid,
				sources: [{ title: 'Redactie Implementatiewiki', kind: 'redactie', url: 'https://example.org/' }],
			}),
		).toEqual([
			'content/begrippen/x.md: sources[0].section: een bron van de soort redactie heeft een section nodig: schrijf op wat de redactie zelf heeft toegevoegd',
			'content/begrippen/x.md: sources[0].url: een bron van de soort redactie heeft geen url: het eigen advies van de redactie staat nergens anders; haal de url weg',
		]);
	});
	it('defaults draft to false', () => {
		const result = parseEntry(validationSchema('begrippen'), valid, 'x');
		expect(result.success && (result.data as { draft: boolean }).draft).toBe(false);
	});
	it('rejects frontmatter that is not a set of fields', () => {
		expect(problems('begrippen', ['a'])).toEqual([
			'content/begrippen/x.md: de gegevens (YAML) tussen twee regels --- moeten velden zijn (naam: waarde), geen lijst of losse tekst',
		]);
	});
});

describe('stappen', () => {
	const valid = fixture('stappen');
	it('rejects a step number outside 1 to 6', () => {
		expect(problems('stappen', { ...valid, step: 7 })).toEqual([
			'content/stappen/x.md: step: hoogstens 6; hier staat 7',
		]);
	});
	it('rejects a step number written as text', () => {
		expect(problems('stappen', { ...valid, step: 'een' })).toEqual([
			'content/stappen/x.md: step: verwacht een getal, maar hier staat "een"',
		]);
	});
});

describe('tools', () => {
	const valid = fixture('tools');
	it('rejects an unknown kind with a hint', () => {
		expect(problems('tools', { ...valid, kind: 'modell' })).toEqual([
			'content/tools/x.md: kind: kies uit model, raamwerk, methode, instrument, werkblad, checklist, databank, overig; hier staat "modell" (bedoel je "model"?)',
		]);
	});
	it('requires at least one step', () => {
		expect(problems('tools', { ...valid, steps: [] })).toEqual(['content/tools/x.md: steps: kies minstens één stap']);
	});
	it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x', 'geen adres'])(
		'rejects the url %s',
		(url) => {
			expect(problems('tools', { ...valid, url })).toEqual([
				'content/tools/x.md: url: verwacht een webadres dat begint met https:// of http://',
			]);
		},
	);
	it('accepts an https url', () => {
		expect(problems('tools', { ...valid, url: 'https://example.org/tool' })).toEqual([]);
	});
	it('gives no language when the frontmatter has none: a concept has no text to read', () => {
		const { language: _language, ...rest } = valid;
		const result = parseEntry(validationSchema('tools'), rest, 'x');
		expect(result.success && (result.data as { language?: string }).language).toBeUndefined();
	});
	it('rejects an unknown sector', () => {
		expect(problems('tools', { ...valid, sectors: ['zorg', 'onderwijs'] })[0]).toMatch(
			/^content\/tools\/x\.md: sectors\[1\]: kies uit zorg, preventie/,
		);
	});
});

describe('trainingen', () => {
	const valid = fixture('trainingen');
	it('names the field of a bad date inside the dates list', () => {
		expect(problems('trainingen', { ...valid, dates: [{ start: '15-08-2011' }] })).toEqual([
			'content/trainingen/x.md: dates[0].start: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01',
		]);
	});
	it('rejects an unknown level', () => {
		expect(problems('trainingen', { ...valid, level: 'expert' })).toEqual([
			'content/trainingen/x.md: level: kies uit beginnend, ervaren, iedereen; hier staat "expert"',
		]);
	});
	it('requires a status, as the source gives it', () => {
		const { status: _status, ...rest } = valid;
		expect(problems('trainingen', rest)).toEqual(['content/trainingen/x.md: status: dit veld ontbreekt; vul het in']);
		expect(problems('trainingen', { ...valid, status: 'afgelast' })).toEqual([
			'content/trainingen/x.md: status: kies uit voorgesteld, gehouden, gepland; hier staat "afgelast"',
		]);
	});
	it('gives no level when the frontmatter has none: a level no source states is not shown', () => {
		const { level: _level, ...rest } = valid;
		const result = parseEntry(validationSchema('trainingen'), rest, 'x');
		expect(result.success && (result.data as { level?: string }).level).toBeUndefined();
	});
});

describe('rapporten', () => {
	const valid = fixture('rapporten');
	it('requires numbers in key figures', () => {
		expect(problems('rapporten', { ...valid, keyFigures: [{ label: 'Respondenten', value: '255' }] })).toEqual([
			'content/rapporten/x.md: keyFigures[0].value: verwacht een getal, maar hier staat "255"',
		]);
	});
	it('keeps a chart to comparable figures: one unit, two figures or more, a chart that exists', () => {
		const chart = { id: 'survey', title: 'Survey', takeaway: 'Bijna iedereen wil meedoen.' };
		const figures = [
			{ label: 'Respondenten', value: 255, unit: 'personen', chart: 'survey' },
			{ label: 'Wil deelnemen', value: 90, qualifier: 'meer dan', unit: '%', chart: 'survey' },
			{ label: 'Werkgroepen', value: 4, unit: 'werkgroepen', chart: 'groepen' },
		];
		expect(problems('rapporten', { ...valid, keyFigures: figures, charts: [chart] })).toEqual([
			'content/rapporten/x.md: keyFigures[2].chart: er is geen grafiek "groepen" in charts; voeg die toe of kies een grafiek die er staat',
			'content/rapporten/x.md: charts[0].id: grafiek "survey" mengt eenheden (personen, %); zet in één grafiek alleen getallen die je kunt vergelijken, met dezelfde eenheid',
		]);
		expect(problems('rapporten', { ...valid, keyFigures: figures.slice(0, 1), charts: [chart] })).toEqual([
			'content/rapporten/x.md: charts[0].id: grafiek "survey" heeft minstens twee kerncijfers nodig; één getal laat je in de lijst staan',
		]);
	});
	it('takes only the bounds it knows ("meer dan", "ruim" …)', () => {
		expect(
			problems('rapporten', { ...valid, keyFigures: [{ label: 'Netwerk', value: 18, qualifier: '>' }] })[0],
		).toMatch(/^content\/rapporten\/x\.md: keyFigures\[0\]\.qualifier: kies uit meer dan/);
	});
	it('rejects an unknown kind', () => {
		expect(problems('rapporten', { ...valid, kind: 'boek' })[0]).toMatch(
			/^content\/rapporten\/x\.md: kind: kies uit verkenning/,
		);
	});
});

describe('werkgroepen', () => {
	const valid = fixture('werkgroepen');
	it('rejects a maintainer that is not a GitHub handle', () => {
		expect(problems('werkgroepen', { ...valid, maintainers: ['jan jansen'] })).toEqual([
			'content/werkgroepen/x.md: maintainers[0]: verwacht een GitHub-naam, zoals "@naam"',
		]);
	});
	it('requires a summary', () => {
		const { summary: _summary, ...rest } = valid;
		expect(problems('werkgroepen', rest)).toEqual([
			'content/werkgroepen/x.md: summary: dit veld ontbreekt; vul het in',
		]);
	});
});

describe('paginas', () => {
	const valid = fixture('paginas');
	it('requires a description', () => {
		const { description: _d, ...rest } = valid;
		expect(problems('paginas', rest)).toEqual(['content/paginas/x.md: description: dit veld ontbreekt; vul het in']);
	});
});
