/**
 * Guards on the published content, read from the built site: everything is
 * reachable, sourced and complete. These fail when an edit leaves a term,
 * tool or page stranded, or drops one of the handleiding's key points.
 */
import { describe, expect, it } from 'vitest';
import { showsReferrers } from '../src/lib/report.ts';
import { validationSchema } from '../src/lib/validation/check.ts';
import { loadContent } from '../src/lib/validation/load.ts';
import { referenceFields } from '../src/schemas/introspect.ts';
import { entryUrl, indexUrl } from '../src/lib/urls.ts';
import { collectionNames, type CollectionName } from '../src/schemas/index.ts';
import { builtPages, internalLinks, page } from './site.ts';

const { entries } = loadContent('content');
const published = entries.filter((e) => (e.data as { draft?: boolean }).draft !== true && e.collection !== 'paginas');
const urls = (collection: CollectionName) =>
	published.filter((e) => e.collection === collection).map((e) => entryUrl(collection, e.id));

/** For each page URL, the pages that link to it (excluding itself). */
const inbound = new Map<string, Set<string>>();
for (const from of builtPages()) {
	for (const to of new Set(internalLinks(from, 'main a[href]'))) {
		if (to === from) continue;
		if (!inbound.has(to)) inbound.set(to, new Set());
		inbound.get(to)?.add(from);
	}
}
const linkersOf = (url: string) => [...(inbound.get(url) ?? [])];

/** The 16 "Belangrijkste aandachtspunten" of the Handleiding Implementatie, as published. */
const KEY_POINTS = [
	'Houd het praktisch en zorg dat het goed uit te voeren is.',
	'Werk niet alleen: stel een (klein) projectteam samen met mensen uit verschillende disciplines.',
	'Maak het project niet te groot. Een duidelijke afbakening helpt om de implementatie te laten slagen.',
	'Vertel management of bestuur regelmatig hoe het project ervoor staat. Zo blijven zij betrokken en verbonden aan het project.',
	'Doe wat nodig is en wat past bij jouw situatie. Je hoeft niet elke stap even uitgebreid te doorlopen.',
	'Maak een implementatieplan dat past bij jouw specifieke situatie.',
	'Borging lijkt iets voor het einde, maar je begint er al mee in de voorbereiding.',
	'Als je de huidige praktijk goed kent, kun je de implementatie beter op maat maken.',
	'Kies bewust welke punten je nu aanpakt, welke juist niet en welke later. Keuzes maken is goed.',
	'De doelgroep bestaat uit mensen die direct én indirect betrokken zijn. Ook externe partijen of professionals van buiten kunnen erbij horen.',
	'Richt je niet te veel op de achterblijvers. Dat levert meestal weinig op.',
	'Meestal heb je een combinatie van implementatiestrategieën nodig om je doelen te halen. Durf ook te kiezen voor een strategie die minder voor de hand ligt.',
	'Maak het implementatieplan zo concreet en overzichtelijk als je kunt.',
	'Evalueer tussentijds. Zo weet je of je de goede dingen doet en of je de doelen gaat halen.',
	'Borgen is bedoeld om de nieuwe werkwijze de standaard te maken.',
	'Blijf evalueren. Zo houd je de kwaliteit hoog en voorkom je dat de nieuwe werkwijze langzaam verwatert.',
];

describe('content guards', () => {
	it('links every glossary term from at least one page other than the A–Z index', () => {
		const unlinked = urls('begrippen').filter((url) => linkersOf(url).every((from) => from === indexUrl('begrippen')));
		expect(unlinked).toEqual([]);
	});

	it('links every tool from at least one step', () => {
		const stepPages = new Set(urls('stappen'));
		const unlinked = urls('tools').filter((url) => !linkersOf(url).some((from) => stepPages.has(from)));
		expect(unlinked).toEqual([]);
	});

	it('leaves no page an orphan: each has an inbound link besides its own index', () => {
		// Every collection with entry pages (paginas are linked from the header and footer).
		const collections = collectionNames.filter((c): c is Exclude<CollectionName, 'paginas'> => c !== 'paginas');
		const orphans = collections.flatMap((c) =>
			urls(c).filter((url) => linkersOf(url).every((from) => from === indexUrl(c))),
		);
		expect(orphans).toEqual([]);
	});

	it('shows at least one source on every step, term, tool, report, network and organisation', () => {
		const collections: CollectionName[] = ['stappen', 'begrippen', 'tools', 'rapporten', 'netwerken', 'organisaties'];
		const unsourced = collections.flatMap((c) =>
			urls(c).filter((url) => page(url).querySelectorAll('.sources li').length === 0),
		);
		expect(unsourced).toEqual([]);
	});

	it('links back from every page that, by the maintenance report, lists who refers to it', () => {
		const missing: string[] = [];
		let checked = 0;
		for (const entry of published) {
			for (const { key, target } of referenceFields(validationSchema(entry.collection))) {
				if (!showsReferrers(target, entry.collection)) continue;
				const value = (entry.data as Record<string, unknown>)[key];
				for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
					const from = entryUrl(entry.collection, entry.id);
					checked++;
					if (!internalLinks(entryUrl(target, String(id)), 'main a[href]').includes(from))
						missing.push(`${entryUrl(target, String(id))} does not link back to ${from} (${key})`);
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
		expect(missing).toEqual([]);
	});

	it('puts every aandachtspunt of the handleiding on a step page and on the overview', () => {
		const stepText = urls('stappen')
			.map((url) => page(url).querySelector('main')?.text ?? '')
			.join('\n');
		const overview = page('/handleiding/').querySelector('main')?.text ?? '';
		const normalise = (text: string) => text.replace(/\s+/g, ' ');
		for (const point of KEY_POINTS) {
			expect(normalise(stepText), point).toContain(point);
			expect(normalise(overview), point).toContain(point);
		}
	});

	it('lists every key figure of a report, and draws a chart only where the report defines one', () => {
		const withFigures = published.filter(
			(e) => e.collection === 'rapporten' && ((e.data as { keyFigures?: unknown[] }).keyFigures ?? []).length > 0,
		);
		expect(withFigures.length).toBeGreaterThan(0);
		let charts = 0;
		for (const report of withFigures) {
			const html = page(entryUrl('rapporten', report.id));
			const data = report.data as { keyFigures: { chart?: string }[]; charts?: unknown[] };
			const charted = data.charts?.length ?? 0;
			// Only the key-figure table: a report's text may have tables of its own (the task table, the talks).
			expect(html.querySelectorAll('#kerncijfers-tabel tbody tr'), report.id).toHaveLength(data.keyFigures.length);
			expect(html.querySelectorAll('figure.chart'), report.id).toHaveLength(charted);
			expect(html.querySelectorAll('figure.chart li'), report.id).toHaveLength(
				data.keyFigures.filter((f) => f.chart).length,
			);
			// Each chart follows the one sentence that says what to see in it.
			for (const figure of html.querySelectorAll('figure.chart'))
				expect(figure.previousElementSibling?.classList.contains('takeaway'), report.id).toBe(true);
			charts += charted;
		}
		expect(charts).toBeGreaterThan(1);
	});

	it('shows a bounded key figure with its bound in the chart and the table', () => {
		const html = page('/rapporten/netwerken-voor-zorgverbetering/');
		const chartValues = html.querySelectorAll('figure.chart .value').map((v) => v.text);
		const tableValues = html.querySelectorAll('#kerncijfers-tabel td.value').map((v) => v.text);
		for (const bound of [
			'meer dan 18\u00a0organisaties',
			'meer dan 90\u00a0organisaties',
			'minder dan 10\u00a0organisaties',
		]) {
			expect(chartValues).toContain(bound);
			expect(tableValues).toContain(bound);
		}
	});

	it('draws the handleiding cycle from the six steps', () => {
		const svg = page('/handleiding/').querySelector('figure.cycle svg');
		expect(svg?.querySelectorAll('circle')).toHaveLength(6);
		expect(svg?.querySelector('desc')?.text).toContain('1. Voorbereiding');
	});
});
