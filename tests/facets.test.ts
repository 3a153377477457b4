/** Facets come from the schemas, and the built pages carry them as Pagefind filters. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { offeredFacets } from '../src/lib/catalogue.ts';
import { facetsOf, facetValues, searchFacetTotals, valueLabel } from '../src/lib/facets.ts';
import { audienceEnum } from '../src/schemas/common.ts';
import { toolKindEnum } from '../src/schemas/tool.ts';
import { builtPages, page } from './site.ts';

describe('facetsOf', () => {
	it('derives the tool facets from the tool schema', () => {
		const facets = facetsOf('tools');
		expect(facets.map((f) => f.name)).toEqual(['soort', 'stap', 'doelgroep', 'sector', 'kosten']);
		expect(facets.find((f) => f.name === 'soort')?.values).toEqual(toolKindEnum.options);
		expect(facets.find((f) => f.name === 'doelgroep')?.values).toEqual(audienceEnum.options);
	});

	it('works the facets out once per collection: every built page asks for them', () => {
		expect(facetsOf('tools')).toBe(facetsOf('tools'));
		expect(facetsOf('begrippen')).not.toBe(facetsOf('tools'));
	});

	it('derives the training facets, including status and niveau', () => {
		expect(facetsOf('trainingen').map((f) => f.name)).toEqual([
			'soort',
			'status',
			'niveau',
			'doelgroep',
			'vorm',
			'kosten',
		]);
	});

	it('derives the network and organisation facets from their schemas', () => {
		expect(facetsOf('netwerken').map((f) => f.name)).toEqual([
			'soort-netwerk',
			'werkgebied',
			'voorwaarden',
			'financiering',
			'organisatievorm',
			'aanpak',
		]);
		expect(facetsOf('organisaties').map((f) => f.name)).toEqual(['rol-in-de-bronnen', 'soort-organisatie']);
		expect(valueLabel(facetsOf('netwerken')[0]!, 'leer-en-verbeternetwerk')).toBe('Leer- en verbeternetwerk');
	});

	it('offers in a catalogue only the values some entry has, and only groups with such a value', () => {
		const facets = facetsOf('trainingen');
		const counts = {
			soort: { cursus: 2, workshop: 0 },
			status: { voorgesteld: 3 },
			niveau: { beginnend: 0, ervaren: 0, iedereen: 0 },
		};
		const offered = offeredFacets(facets, counts);
		expect(offered.map((f) => [f.name, f.values])).toEqual([
			['soort', ['cursus']],
			['status', ['voorgesteld']],
		]);
	});

	it('turns step references into step numbers and skips unknown steps', () => {
		const facets = facetsOf('tools');
		const values = facetValues(
			facets,
			{ kind: 'instrument', steps: [{ id: 'plan' }, 'onbekend'], audiences: ['beleid'], sectors: [], cost: 'gratis' },
			(slug) => (slug === 'plan' ? 4 : undefined),
		);
		expect(values).toEqual({
			soort: ['instrument'],
			stap: ['4'],
			doelgroep: ['beleid'],
			sector: [],
			kosten: ['gratis'],
		});
		expect(valueLabel(facets[1]!, '4')).toBe('Stap 4');
		expect(valueLabel(facets[3]!, 'langdurige-zorg')).toBe('Langdurige zorg');
	});

	it('names a step value after its step when the name is known', () => {
		const [, stap] = facetsOf('tools');
		const names = (step: string) => (step === '2' ? 'Huidige praktijk en doelen' : undefined);
		expect(valueLabel(stap!, '2', names)).toBe('Stap 2: Huidige praktijk en doelen');
		expect(valueLabel(stap!, '7', names)).toBe('Stap 7');
	});

	it('counts the values of the search facets over every collection, an entry once per value', () => {
		const totals = searchFacetTotals(
			[
				{ collection: 'tools', data: { kind: 'instrument', steps: ['plan', 'plan'], sectors: ['langdurige-zorg'] } },
				{ collection: 'tools', data: { kind: 'model', steps: [] } },
				{ collection: 'begrippen', data: {} },
			],
			(slug) => (slug === 'plan' ? 4 : undefined),
		);
		expect(totals['type']).toEqual({ 'Methode of tool': 2, Begrip: 1 });
		expect(totals['stap']).toEqual({ '4': 1 });
		expect(totals['soort']).toEqual({ instrument: 1, model: 1 });
		expect(totals['sector']).toEqual({ 'langdurige-zorg': 1 });
	});
});

describe('search page filters', () => {
	it('offers only values some page has, and names the steps', () => {
		const indexed = new Set(
			builtPages().flatMap((url) =>
				page(url)
					.querySelectorAll('main [data-pagefind-filter]')
					.map((el) => `${el.getAttribute('data-pagefind-filter')}=${el.textContent.trim()}`),
			),
		);
		const offered = page('/zoeken/')
			.querySelectorAll('.facet-panel input[type=checkbox]')
			.map((box) => `${box.getAttribute('name')}=${box.getAttribute('value')}`);
		expect(offered.length).toBeGreaterThan(10);
		expect(offered.filter((value) => !indexed.has(value))).toEqual([]);
		const steps = page('/zoeken/')
			.querySelectorAll('fieldset[data-facet="stap"] label')
			.map((l) => l.textContent.replace(/\s+/g, ' ').trim());
		expect(steps).toHaveLength(6);
		expect(steps[0]).toBe('Stap 1: Voorbereiding');
	});
});

describe('search index markup', () => {
	const pages = builtPages();
	const filters = (url: string, name: string) =>
		page(url)
			.querySelectorAll(`main [data-pagefind-filter="${name}"]`)
			.map((el) => el.textContent);

	it('marks tool pages with type, soort and stap filters', () => {
		const tools = pages.filter((p) => /^\/methoden-en-tools\/.+\//.test(p));
		expect(tools.length).toBeGreaterThan(0);
		for (const url of tools) {
			expect(filters(url, 'type')).toEqual(['Methode of tool']);
			expect(filters(url, 'soort')).toHaveLength(1);
			expect(filters(url, 'stap').length).toBeGreaterThan(0);
		}
	});

	it('gives term pages a definition and a heavy title', () => {
		const borging = page('/begrippen/borging/');
		expect(borging.querySelector('[data-pagefind-meta="definition"]')?.textContent.length).toBeGreaterThan(10);
		expect(borging.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
	});

	it('indexes only main, never the header, nav or footer', () => {
		for (const url of ['/', '/begrippen/borging/', '/methoden-en-tools/']) {
			const root = page(url);
			expect(root.querySelectorAll('[data-pagefind-body]').every((el) => el.tagName === 'MAIN')).toBe(true);
			expect(root.querySelector('header [data-pagefind-body], footer [data-pagefind-body]')).toBeNull();
		}
	});

	it('keeps hidden filters and meta out of the indexed text', () => {
		for (const url of pages) {
			const hidden = page(url).querySelectorAll(
				'main [hidden][data-pagefind-filter], main [hidden][data-pagefind-meta]',
			);
			expect(
				hidden.filter((el) => !el.hasAttribute('data-pagefind-ignore')).map((el) => `${url} ${el.outerHTML}`),
			).toEqual([]);
		}
		// In the index the term page's text starts at its title, and Pagefind still read its filters and meta.
		type Fragment = { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> };
		const dir = 'dist/pagefind/fragment';
		const fragments = readdirSync(dir).map((name) => {
			const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
		});
		const borging = fragments.find((f) => f.url === '/begrippen/borging/');
		expect(borging?.content).toMatch(/^Borging\. Ervoor zorgen/);
		expect(borging?.filters['type']).toEqual(['Begrip']);
		expect(borging?.meta).toMatchObject({ type: 'Begrip', definition: expect.stringMatching(/^Ervoor zorgen/) });
	});

	it('offers a WebSite SearchAction on the home page', () => {
		const blocks = page('/')
			.querySelectorAll('script[type="application/ld+json"]')
			.map((el) => JSON.parse(el.textContent) as Record<string, unknown>);
		const site = blocks.find((b) => b['@type'] === 'WebSite') as
			{ potentialAction: { target: { urlTemplate: string } } } | undefined;
		expect(site?.potentialAction.target.urlTemplate).toMatch(/\/zoeken\/\?q=\{search_term_string\}$/);
	});
});
