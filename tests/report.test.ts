/**
 * The maintenance report on the fixture content: each section finds what it
 * should, with `today` fixed so the stale check does not drift; and the built
 * page /redactie/onderhoud/ is noindex and out of the search index. The page
 * builds the report from the entries Astro loaded (`storedReport`); that must
 * give the same report as `npm run report`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, maintenanceReport, reportSections, storedReport, type StoredEntry } from '../src/lib/report.ts';
import { checkEntries, validationSchema } from '../src/lib/validation/check.ts';
import { loadContent } from '../src/lib/validation/load.ts';
import { referenceFields } from '../src/schemas/introspect.ts';
import { copyFixtureContent, FIXTURE_CONTENT, run } from './helpers.ts';
import { page } from './site.ts';

/** The entries of `dir` as Astro holds them: references as { collection, id }, file paths relative to the project. */
function storedEntries(dir: string): StoredEntry[] {
	const loaded = loadContent(dir);
	return checkEntries(loaded.entries, dir, loaded.failed).entries.map((e) => {
		const data = { ...e.data };
		for (const { key, target } of referenceFields(validationSchema(e.collection))) {
			const value = data[key];
			if (value !== undefined)
				data[key] = Array.isArray(value)
					? value.map((id) => ({ collection: target, id }))
					: { collection: target, id: value };
		}
		return { collection: e.collection, id: e.id, filePath: e.file, data };
	});
}

describe('maintenance report', () => {
	it('lists stale entries once reviewed + 12 months has passed, with an interval per collection', () => {
		const at = (day: string) => ({ today: new Date(`${day}T00:00:00Z`) });
		expect(maintenanceReport('tests/fixtures/content', at('2027-11-23')).stale).toEqual([]);
		// 12 published, reviewed entries in the fixture, all reviewed on 2026-11-23.
		expect(maintenanceReport('tests/fixtures/content', at('2027-11-24')).stale).toHaveLength(12);
		const tools = maintenanceReport('tests/fixtures/content', {
			...at('2027-06-01'),
			reviewMonths: { tools: 6 },
		}).stale;
		expect(tools.map((e) => e.file)).toEqual(['tests/fixtures/content/tools/plan-tool.md']);
		expect(tools[0]?.detail).toBe('gecontroleerd op 2026-11-23; opnieuw controleren vóór 2027-05-23 (elke 6 maanden)');
	});

	it('lists orphans, unused terms, entries without sources and broken references', () => {
		const c = copyFixtureContent();
		try {
			c.write(
				'begrippen/opschaling.md',
				'---\nterm: Opschaling\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\nrelated:\n  - borgin\n---\n',
			);
			// A report no entry refers to. The fixture's other entries are linked: the training and the
			// organisation refer to pages that list their referrers (the working group, the network).
			c.write(
				'rapporten/los.md',
				'---\ntitle: Los rapport\nkind: artikel\nsummary: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\n---\n',
			);
			const report = maintenanceReport(c.dir, { today: new Date('2026-12-01T00:00:00Z') });
			const files = (list: { file: string }[]) => list.map((e) => e.file.replace(c.dir, 'content'));
			expect(files(report.orphans)).toEqual(['content/rapporten/los.md']);
			expect(files(report.unusedTerms)).toEqual(['content/begrippen/opschaling.md']);
			expect(files(report.withoutSources)).toEqual(['content/werkgroepen/intervisie.md', 'content/paginas/over.md']);
			expect(report.brokenReferences.map((p) => `${p.field}: ${p.message}`)).toEqual([
				'related[0]: er is geen begrip "borgin" (bedoel je "borging"?)',
			]);
			expect(formatReport(report)).toContain('Kapotte verwijzingen (1)');
		} finally {
			c.cleanup();
		}
	});

	it('counts a term as mentioned only as a whole word, as the auto-linker links it', () => {
		const c = copyFixtureContent();
		try {
			c.write(
				'begrippen/opschaling.md',
				'---\nterm: Opschaling\naliases:\n  - opschalen\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\n---\nOpschaling gaat over groei.\n',
			);
			const tool = readFileSync(join(FIXTURE_CONTENT, 'tools/plan-tool.md'), 'utf8');
			const unused = () => maintenanceReport(c.dir).unusedTerms.map((e) => e.title);

			// Inside compounds the term is another word: "opschalingsplan" or "opschalen-achtig" does not use it,
			// and its own page ("Opschaling gaat over groei.") does not count.
			c.write('tools/plan-tool.md', `${tool}Een opschalingsplan, iets opschalen-achtigs.\n`);
			expect(unused()).toEqual(['Opschaling']);

			// As a whole word it does, in any case and across a line break, by its name or an alias, in the body or the frontmatter.
			for (const mention of ['Over OPSCHALING.', 'Zo kun je\nopschalen.']) {
				c.write('tools/plan-tool.md', `${tool}${mention}\n`);
				expect(unused(), mention).toEqual([]);
			}
			c.write('tools/plan-tool.md', tool.replace('summary: Een plan', 'summary: Opschaling in een plan'));
			expect(unused()).toEqual([]);
		} finally {
			c.cleanup();
		}
	});

	it('prints the report with npm run report', () => {
		const result = run('npm', ['run', 'report', '--silent', '--', 'tests/fixtures/content']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Weespagina’s: niemand verwijst ernaar (0)');
	});

	it('is built from the loaded entries with the same result as npm run report', () => {
		const c = copyFixtureContent();
		try {
			// A dangling reference, a draft and an unused term, so every section has something.
			c.write(
				'begrippen/opschaling.md',
				'---\nterm: Opschaling\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\nrelated:\n  - borgin\n---\nOpschaling gaat over groei.\n',
			);
			const options = { today: new Date('2027-11-24T00:00:00Z') };
			const cli = maintenanceReport(c.dir, options);
			const stored = storedEntries(c.dir);
			expect(stored.some((e) => JSON.stringify(e.data).includes('"collection":"begrippen"'))).toBe(true);
			const report = storedReport(stored, options);
			expect(report).toEqual(cli);
			expect(report.unusedTerms.map((e) => e.title)).toEqual(['Opschaling']);
			expect(report.brokenReferences.map((p) => p.message)).toEqual([
				'er is geen begrip "borgin" (bedoel je "borging"?)',
			]);
			expect(report.stale.length).toBeGreaterThan(0);
		} finally {
			c.cleanup();
		}
	});

	it('lists the same entries in the same order whatever order Astro loaded them in, most overdue first', () => {
		const c = copyFixtureContent();
		try {
			c.write(
				'begrippen/opschaling.md',
				'---\nterm: Opschaling\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2025-01-15\n---\nOpschaling gaat over groei.\n',
			);
			const options = { today: new Date('2027-11-24T00:00:00Z') };
			const stored = storedEntries(c.dir);
			const report = storedReport(stored, options);
			// The page shows the first 25 of each section: the markdown workers' finishing order must not change which.
			expect(storedReport([...stored].reverse(), options)).toEqual(report);
			expect(storedReport([...stored.slice(3), ...stored.slice(0, 3)], options)).toEqual(report);
			expect(report.stale[0]?.title).toBe('Opschaling');
			expect(report.stale.length).toBeGreaterThan(2);
		} finally {
			c.cleanup();
		}
	});

	it('lists on the built page what npm run report lists for the same content', () => {
		const html = page('/redactie/onderhoud/');
		const cli = maintenanceReport('content');
		expect(html.querySelectorAll('main h2').map((h) => h.text.trim())).toEqual(
			reportSections.map(([key, heading]) => `${heading} (${cli[key].length})`),
		);
		const files = html.querySelectorAll('li code').map((code) => code.text);
		for (const [key] of reportSections)
			for (const item of cli[key].slice(0, 25))
				if ('file' in item && 'detail' in item) expect(files).toContain(item.file);
	});

	it('is built as a noindex page kept out of search', () => {
		const html = page('/redactie/onderhoud/');
		expect(html.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
		expect(html.querySelector('[data-pagefind-body]')).toBeNull();
		expect(html.querySelector('h1')?.text).toBe('Onderhoud');
	});
});
