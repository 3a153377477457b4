/**
 * The open-data exports: JSON against the schema, CSV round trip, Turtle through a real RDF parser, JSON-LD;
 * and hostile editor text through each of them, the feed included (CSV formula injection per OWASP).
 */
import { readFileSync } from 'node:fs';
import { getRssString } from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import JsonLd from '../src/components/JsonLd.astro';
import {
	csvRecords,
	definedTerm,
	glossaryCsv,
	glossaryJson,
	glossaryTurtle,
	neutraliseCell,
	toExportTerm,
	type ExportTerm,
} from '../src/lib/glossary-export.ts';
import { begripSchema } from '../src/schemas/begrip.ts';
import { slugRef } from '../src/schemas/common.ts';
import { page } from './site.ts';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const schema = begripSchema(slugRef);

const tricky: ExportTerm = toExportTerm(
	'lastig',
	{
		term: 'Lastig "begrip", met komma',
		aliases: ['één; twee', 'drie'],
		english: ['tricky'],
		searchTerms: ['moeilijk', 'ingewikkeld'],
		definition: 'Regel één\nregel twee, met "aanhalingstekens" en een ; puntkomma.',
		related: [{ collection: 'begrippen', id: 'borging' }],
		steps: [],
		sources: [{ title: 'Bron', section: 'H1' }],
		reviewed: new Date('2026-11-23T00:00:00Z'),
		draft: false,
	},
	'https://example.org',
);

describe('export records', () => {
	it('keep every schema field, references as slugs and dates as YYYY-MM-DD, without draft', () => {
		expect(tricky.related).toEqual(['borging']);
		expect(tricky.reviewed).toBe('2026-11-23');
		expect(tricky.url).toBe('https://example.org/begrippen/lastig/');
		expect('draft' in tricky).toBe(false);
	});

	it('CSV parses back to the same records, quotes, commas and line breaks included', () => {
		const csv = glossaryCsv([tricky]);
		expect(csv.split('\r\n')[0]).toBe(
			'slug,url,term,aliases,english,searchTerms,definition,related,tool,steps,sources,reviewed',
		);
		expect(parseCsv(csv, { columns: true })).toEqual(csvRecords([tricky]));
		expect(csvRecords([tricky])[0]?.['definition']).toContain('\n');
	});

	it('Turtle parses and labels the term in Dutch and English', async () => {
		const quads = new Parser().parse(await glossaryTurtle([tricky], 'https://example.org'));
		const labels = quads
			.filter((q) => q.predicate.value === `${SKOS}prefLabel`)
			.map((q) => [q.object.value, (q.object as { language?: string }).language]);
		expect(labels).toEqual([
			['Lastig "begrip", met komma', 'nl'],
			['tricky', 'en'],
		]);
		// Search words are hidden labels: for search, not for display.
		expect(quads.filter((q) => q.predicate.value === `${SKOS}hiddenLabel`).map((q) => q.object.value)).toEqual([
			'moeilijk',
			'ingewikkeld',
		]);
		// "borging" is not in this term list, so no dangling skos:related.
		expect(quads.some((q) => q.predicate.value === `${SKOS}related`)).toBe(false);
	});
});

describe('exports in the built site', () => {
	const json = () =>
		JSON.parse(readFileSync('dist/begrippen.json', 'utf8')) as {
			version: string;
			generated: string;
			count: number;
			license: string;
			terms: ExportTerm[];
		};

	it('/begrippen.json has a version, a date and every published term, each valid against the schema', () => {
		const data = json();
		expect(data.version).toMatch(/^\d+\.\d+\.\d+/);
		expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
		expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect(data.terms).toHaveLength(data.count);
		expect(data.count).toBe(page('/begrippen/').querySelectorAll('#begrippenlijst li').length);
		for (const { slug, url, ...fields } of data.terms) {
			const result = schema.safeParse(fields);
			expect(result.success, `${slug}: ${result.error?.message}`).toBe(true);
			expect(url).toMatch(new RegExp(`/begrippen/${slug}/$`));
		}
	});

	it('/begrippen.csv parses back to the same records as the JSON', () => {
		const rows = parseCsv(readFileSync('dist/begrippen.csv', 'utf8'), { columns: true }) as Record<string, string>[];
		expect(rows).toEqual(csvRecords(json().terms));
	});

	it('/begrippen.ttl parses with n3 and has one concept per term, in the scheme', () => {
		const quads = new Parser().parse(readFileSync('dist/begrippen.ttl', 'utf8'));
		const concepts = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}Concept`);
		expect(concepts.map((q) => q.subject.value).sort()).toEqual(
			json()
				.terms.map((t) => t.url)
				.sort(),
		);
		expect(quads.filter((q) => q.object.value === `${SKOS}ConceptScheme`)).toHaveLength(1);
		expect(quads.filter((q) => q.predicate.value === `${SKOS}inScheme`)).toHaveLength(concepts.length);
		expect(quads.filter((q) => q.predicate.value === `${SKOS}definition`)).toHaveLength(concepts.length);
	});

	it('/begrippen/ links the exports and names the licence', () => {
		const section = page('/begrippen/').querySelector('.open-data');
		expect(section?.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual([
			'/begrippen.json',
			'/begrippen.csv',
			'/begrippen.ttl',
		]);
		expect(section?.querySelector('a[rel=license]')?.text).toBe('CC BY 4.0');
	});
});

describe('JSON-LD', () => {
	const ld = (url: string) =>
		page(url)
			.querySelectorAll('script[type="application/ld+json"]')
			.map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

	it('/begrippen/ has the DefinedTermSet that every term page names', () => {
		const set = ld('/begrippen/').find((d) => d['@type'] === 'DefinedTermSet');
		expect(set?.['@context']).toBe('https://schema.org');
		for (const link of page('/begrippen/').querySelectorAll('#begrippenlijst li > a').slice(0, 20)) {
			const term = ld(link.getAttribute('href') ?? '').find((d) => d['@type'] === 'DefinedTerm');
			expect((term?.['inDefinedTermSet'] as Record<string, unknown>)['@id']).toBe(set?.['@id']);
		}
	});

	it('a term page has a DefinedTerm in the set, with aliases and English as alternate names', () => {
		const term = ld('/begrippen/borging/').find((d) => d['@type'] === 'DefinedTerm');
		expect(term?.['name']).toBe('Borging');
		expect(term?.['description']).toBe(page('/begrippen/borging/').querySelector('.definition')?.text);
		expect(term?.['alternateName']).toEqual(expect.arrayContaining(['borgen', 'sustainment']));
		expect((term?.['inDefinedTermSet'] as Record<string, unknown>)['@type']).toBe('DefinedTermSet');
		expect(String(term?.['url'])).toMatch(/\/begrippen\/borging\/$/);
	});
});

describe('hostile text in every export', () => {
	// Formula starts (OWASP's list), markup, quotes, Turtle and CDATA delimiters, a line separator.
	const HOSTILE = [
		'=HYPERLINK("https://evil.example","klik")',
		'+1+1',
		'-2+3',
		'@SUM(A1:A2)',
		'\tmet een tab',
		'\rmet een return',
		'</script><script>alert(1)</script>',
		'"""; <https://evil.example/> a <x> . #',
		']]><evil/>',
		'regel\u2028scheiding & <b>vet</b>',
	];
	const terms = HOSTILE.map((text, i) =>
		toExportTerm(
			`vijandig-${i}`,
			{
				term: text,
				aliases: [text],
				english: [text],
				searchTerms: [text],
				definition: text,
				related: [],
				steps: [],
				sources: [{ title: text }],
				reviewed: new Date('2026-11-23T00:00:00Z'),
			},
			'https://example.org',
		),
	);

	it('CSV: no cell starts a formula; each reads back as the text with a leading quote', () => {
		const rows = parseCsv(glossaryCsv(terms), { columns: true, relax_quotes: false }) as Record<string, string>[];
		expect(rows).toHaveLength(HOSTILE.length);
		for (const [i, row] of rows.entries()) {
			for (const cell of Object.values(row)) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
			const text = HOSTILE[i] ?? '';
			expect(row['term']).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
		}
		expect(neutraliseCell('-')).toBe("'-");
		expect(neutraliseCell('a=b')).toBe('a=b');
	});

	it('JSON: every text reads back exactly', () => {
		const json = JSON.parse(
			JSON.stringify(glossaryJson(terms, { version: '1', generated: new Date(0), site: 'https://example.org' })),
		) as { terms: ExportTerm[] };
		expect(json.terms.map((t) => t.term)).toEqual(HOSTILE);
		expect(json.terms.map((t) => t.definition)).toEqual(HOSTILE);
	});

	it('JSON-LD: the data block cannot be closed early, and reads back exactly', async () => {
		const container = await AstroContainer.create();
		for (const t of terms) {
			const html = await container.renderToString(JsonLd, { props: { data: definedTerm(t, 'https://example.org') } });
			const body = /<script type="application\/ld\+json">([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
			expect(body).not.toMatch(/<\/script/i);
			expect((JSON.parse(body) as { name: string }).name).toBe(t.term);
		}
	});

	it('Turtle: parses, with every label exactly as written', async () => {
		const quads = new Parser().parse(await glossaryTurtle(terms, 'https://example.org'));
		const labels = quads.filter((q) => q.predicate.value === `${SKOS}prefLabel` && q.object.value !== '');
		expect(new Set(labels.map((q) => q.object.value))).toEqual(new Set(HOSTILE));
		const hidden = quads.filter((q) => q.predicate.value === `${SKOS}hiddenLabel` && q.object.value !== '');
		expect(new Set(hidden.map((q) => q.object.value))).toEqual(new Set(HOSTILE));
		expect(quads.some((q) => q.subject.value.startsWith('https://evil.example'))).toBe(false);
	});

	it('feed: the XML stays well-formed and shows the text, not markup', async () => {
		const xml = await getRssString({
			title: 'Proef',
			description: 'Proef',
			site: 'https://example.org',
			items: terms.map((t) => ({ title: t.term, description: t.definition, link: t.url, pubDate: new Date(0) })),
		});
		expect(xml).not.toContain('<script>');
		expect(xml).not.toContain('<evil/>');
		const titles = [...xml.matchAll(/<item><title>([\s\S]*?)<\/title>/g)].map((m) =>
			(m[1] ?? '')
				.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
				.replace(/&amp;/g, '&'),
		);
		// The feed library trims the ends of a title; everything else comes back as written.
		expect(titles.map((t) => t.trim())).toEqual(HOSTILE.map((text) => text.trim()));
	});
});
