/** Contribution links and "Laatst bijgewerkt" on content pages, and the helpers behind them. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lastUpdated, parseGitLog } from '../src/lib/git-dates.ts';
import { cmsEntryUrl, editUrl, issueUrl, repoSettings } from '../src/lib/repo.ts';
import { builtPages, page } from './site.ts';

const settings = repoSettings({ CMS_REPO: 'nic/wiki', CMS_BRANCH: 'main' });

describe('git dates', () => {
	const log =
		'\0' +
		'2026-03-02T10:00:00+01:00\n\ncontent/begrippen/a.md\ncontent/tools/b.md\n' +
		'\0' +
		'2025-01-01T00:00:00Z\n\ncontent/begrippen/a.md\ncontent/begrippen/c.md\n';

	it('keeps the newest commit per file', () => {
		const dates = parseGitLog(log);
		expect(dates.get('content/begrippen/a.md')?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
		expect(dates.get('content/begrippen/c.md')?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
		expect(dates.size).toBe(3);
	});

	it('falls back to reviewed when git has no date for the file', () => {
		const reviewed = new Date('2024-05-06T00:00:00Z');
		expect(lastUpdated('content/x.md', reviewed, new Map())).toBe(reviewed);
		expect(lastUpdated('./content/begrippen/c.md', reviewed, parseGitLog(log))?.getUTCFullYear()).toBe(2025);
		expect(lastUpdated(undefined, undefined, new Map())).toBeUndefined();
	});
});

describe('contribution URLs', () => {
	it('builds the CMS, GitHub edit and issue-form addresses', () => {
		expect(cmsEntryUrl('begrippen', 'borging')).toBe('/admin/#/collections/begrippen/entries/borging');
		expect(editUrl('content/begrippen/borging.md', settings)).toBe(
			'https://github.com/nic/wiki/edit/main/content/begrippen/borging.md',
		);
		const issue = new URL(issueUrl('Borging', 'https://implementatiewiki.nl/begrippen/borging/', settings));
		expect(issue.origin + issue.pathname).toBe('https://github.com/nic/wiki/issues/new');
		expect(Object.fromEntries(issue.searchParams)).toEqual({
			template: 'fout-melden.yml',
			title: 'Fout op pagina: Borging',
			pagina: 'https://implementatiewiki.nl/begrippen/borging/',
		});
	});
});

describe('built content pages', () => {
	const contentPages = builtPages().filter(
		(url) =>
			/^\/(begrippen|methoden-en-tools|trainingen|rapporten|werkgroepen|handleiding)\/[^/]+\/$/.test(url) &&
			url !== '/handleiding/printen/',
	);

	it('every content page has the three links and a last-updated <time>', () => {
		expect(contentPages.length).toBeGreaterThan(100);
		for (const url of [...contentPages, '/over/', '/toegankelijkheid/', '/handleiding/']) {
			const footer = page(url).querySelector('main footer.contribute');
			expect(footer, url).not.toBeNull();
			const links = footer!.querySelectorAll('a').map((a) => a.text.trim());
			expect(links, url).toEqual(['Bewerk deze pagina', 'Stel een wijziging voor', 'Meld een fout']);
			expect(footer!.querySelector('time')?.getAttribute('datetime'), url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('links a begrip to its CMS entry and its file on GitHub', () => {
		const hrefs = page('/begrippen/borging/')
			.querySelectorAll('footer.contribute a')
			.map((a) => a.getAttribute('href'));
		expect(hrefs[0]).toBe('/admin/#/collections/begrippen/entries/borging');
		expect(hrefs[1]).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/content\/begrippen\/borging\.md$/);
		expect(hrefs[2]).toContain('title=Fout+op+pagina%3A+Borging');
	});

	it('keeps the contribution links out of the search index', () => {
		expect(page('/begrippen/borging/').querySelector('footer.contribute')?.hasAttribute('data-pagefind-ignore')).toBe(
			true,
		);
	});
});

describe('/admin/', () => {
	it('is a bare noindex page outside the search index', () => {
		const admin = page('/admin/');
		expect(admin.querySelector('meta[name=robots]')?.getAttribute('content')).toContain('noindex');
		expect(admin.querySelector('[data-pagefind-body]')).toBeNull();
		expect(admin.querySelector('header, footer, main')).toBeNull();
		const config = JSON.parse(admin.querySelector('#cms-config')?.text ?? '{}');
		expect(config).toMatchObject({
			backend: { name: 'github', open_authoring: true },
			publish_mode: 'editorial_workflow',
			locale: 'nl',
		});
	});

	it('ships the production build of React (a NODE_ENV=test build would log prop-type warnings)', () => {
		const bundles = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
		expect(bundles.some((f) => readFileSync(`dist/_astro/${f}`, 'utf8').includes('Failed prop type'))).toBe(false);
	});

	it('is the only page that loads the CMS bundle', () => {
		const scripts = (url: string) =>
			page(url)
				.querySelectorAll('script[src]')
				.map((s) => s.getAttribute('src'));
		const cms = scripts('/admin/');
		expect(cms.length).toBeGreaterThan(0);
		// Other pages may load small scripts of their own (search), never the CMS bundle.
		expect(scripts('/begrippen/borging/').filter((src) => cms.includes(src))).toEqual([]);
	});
});
