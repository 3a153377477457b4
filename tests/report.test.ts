/**
 * The maintenance report on the fixture content: each section finds what it
 * should, with `today` fixed so the stale check does not drift; and the built
 * page /redactie/onderhoud/ is noindex and out of the search index.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, maintenanceReport } from '../src/lib/report.ts';
import { copyFixtureContent, run } from './helpers.ts';
import { page } from './site.ts';

describe('maintenance report', () => {
	it('lists stale entries once reviewed + 12 months has passed, with an interval per collection', () => {
		const at = (day: string) => ({ today: new Date(`${day}T00:00:00Z`) });
		expect(maintenanceReport('tests/fixtures/content', at('2027-11-23')).stale).toEqual([]);
		// 10 published, reviewed entries in the fixture, all reviewed on 2026-11-23.
		expect(maintenanceReport('tests/fixtures/content', at('2027-11-24')).stale).toHaveLength(10);
		const tools = maintenanceReport('tests/fixtures/content', { ...at('2027-06-01'), reviewMonths: { tools: 6 } }).stale;
		expect(tools.map((e) => e.file)).toEqual(['tests/fixtures/content/tools/plan-tool.md']);
		expect(tools[0]?.detail).toBe('gecontroleerd op 2026-11-23; opnieuw controleren vóór 2027-05-23 (elke 6 maanden)');
	});

	it('lists orphans, unused terms, entries without sources and broken references', () => {
		const c = copyFixtureContent();
		try {
			c.write('begrippen/opschaling.md', '---\nterm: Opschaling\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\nrelated:\n  - borgin\n---\n');
			const report = maintenanceReport(c.dir, { today: new Date('2026-12-01T00:00:00Z') });
			const files = (list: { file: string }[]) => list.map((e) => e.file.replace(c.dir, 'content'));
			expect(files(report.orphans)).toEqual(['content/trainingen/bijeenkomst.md', 'content/rapporten/verkenning.md']);
			expect(files(report.unusedTerms)).toEqual(['content/begrippen/opschaling.md']);
			expect(files(report.withoutSources)).toEqual(['content/werkgroepen/intervisie.md', 'content/paginas/over.md']);
			expect(report.brokenReferences.map((p) => `${p.field}: ${p.message}`)).toEqual(['related[0]: no begrip "borgin" (did you mean "borging"?)']);
			expect(formatReport(report)).toContain('Kapotte verwijzingen (1)');
		} finally {
			c.cleanup();
		}
	});

	it('prints the report with npm run report', () => {
		const result = run('npm', ['run', 'report', '--silent', '--', 'tests/fixtures/content']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Weespagina’s: niemand verwijst ernaar (2)');
	});

	it('is built as a noindex page kept out of search', () => {
		const html = page('/redactie/onderhoud/');
		expect(html.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
		expect(html.querySelector('[data-pagefind-body]')).toBeNull();
		expect(html.querySelector('h1')?.text).toBe('Onderhoud');
	});
});
