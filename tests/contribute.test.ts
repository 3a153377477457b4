/** Contribution links and "Laatst bijgewerkt" on content pages, and the helpers behind them. */
import { readdirSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import ContributeLinks from '../src/components/ContributeLinks.astro';
import RepositoryNote from '../src/components/RepositoryNote.astro';
import { lastUpdated, parseGitLog } from '../src/lib/git-dates.ts';
import { cmsEntryUrl, editUrl, issueUrl, repoSettings, repoUrl, type RepoSettings } from '../src/lib/repo.ts';
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

	it("skips a shallow clone's boundary commit, which shows every file as added", () => {
		const shallow =
			'\0' +
			'2026-03-02T10:00:00Z aaa111\n\ncontent/begrippen/a.md\n' +
			'\0' +
			'2026-01-01T00:00:00Z bbb222\n\ncontent/begrippen/a.md\ncontent/begrippen/b.md\ncontent/tools/c.md\n';
		const dates = parseGitLog(shallow, new Set(['bbb222']));
		expect([...dates.keys()]).toEqual(['content/begrippen/a.md']);
		expect(parseGitLog(shallow).size).toBe(3);
	});

	it('falls back to reviewed when git has no date for the file', () => {
		const reviewed = new Date('2024-05-06T00:00:00Z');
		expect(lastUpdated('content/x.md', reviewed, new Map())).toBe(reviewed);
		expect(lastUpdated('./content/begrippen/c.md', reviewed, parseGitLog(log))?.getUTCFullYear()).toBe(2025);
		expect(lastUpdated(undefined, undefined, new Map())).toBeUndefined();
	});
});

describe('contribution URLs', () => {
	it('builds none of the GitHub addresses without a repository', () => {
		const none = repoSettings({});
		expect(repoUrl(none)).toBeUndefined();
		expect(editUrl('content/begrippen/borging.md', none)).toBeUndefined();
		expect(issueUrl('Borging', 'https://implementatiewiki.nl/begrippen/borging/', none)).toBeUndefined();
		expect(repoUrl(settings)).toBe('https://github.com/nic/wiki');
	});

	it('builds the CMS, GitHub edit and issue-form addresses', () => {
		expect(cmsEntryUrl('begrippen', 'borging')).toBe('/admin/#/collections/begrippen/entries/borging');
		expect(editUrl('content/begrippen/borging.md', settings)).toBe(
			'https://github.com/nic/wiki/edit/main/content/begrippen/borging.md',
		);
		const issue = new URL(issueUrl('Borging', 'https://implementatiewiki.nl/begrippen/borging/', settings) ?? '');
		expect(issue.origin + issue.pathname).toBe('https://github.com/nic/wiki/issues/new');
		expect(Object.fromEntries(issue.searchParams)).toEqual({
			template: 'fout-melden.yml',
			title: 'Fout op pagina: Borging',
			pagina: 'https://implementatiewiki.nl/begrippen/borging/',
		});
	});
});

describe('ContributeLinks', () => {
	const entry = {
		collection: 'begrippen',
		id: 'borging',
		filePath: 'content/begrippen/borging.md',
		data: { term: 'Borging', reviewed: new Date('2026-11-23T00:00:00Z') },
	};
	const render = async (repo: RepoSettings) =>
		parse(await (await AstroContainer.create()).renderToString(ContributeLinks, { props: { entry, settings: repo } }));

	it('with a repository: the CMS, the GitHub edit page and the issue form', async () => {
		const root = await render(settings);
		expect(root.querySelectorAll('a').map((a) => [a.text.trim(), a.getAttribute('href')])).toEqual([
			['Bewerk deze pagina', '/admin/#/collections/begrippen/entries/borging'],
			['Stel een wijziging voor', 'https://github.com/nic/wiki/edit/main/content/begrippen/borging.md'],
			['Meld een fout', expect.stringMatching(/^https:\/\/github\.com\/nic\/wiki\/issues\/new\?/)],
		]);
	});

	it('without a repository: only the date, and no link to a repository nobody knows exists', async () => {
		const root = await render(repoSettings({}));
		expect(root.querySelectorAll('a')).toHaveLength(0);
		expect(root.querySelector('footer')?.getAttribute('aria-label')).toBe('Over deze pagina');
		expect(root.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('RepositoryNote', () => {
	const render = async (note: string | undefined, repo: RepoSettings) =>
		parse(await (await AstroContainer.create()).renderToString(RepositoryNote, { props: { note, settings: repo } }));

	it('with a repository: the sentence and a link to it', async () => {
		const root = await render('De inhoud staat in een openbare repository:', settings);
		expect(root.querySelector('p.repository')?.text.replace(/\s+/g, ' ').trim()).toBe(
			'De inhoud staat in een openbare repository: github.com/nic/wiki.',
		);
		expect(root.querySelector('a')?.getAttribute('href')).toBe('https://github.com/nic/wiki');
	});

	it('without a repository, or without a sentence: nothing', async () => {
		expect((await render('De inhoud staat in een openbare repository:', repoSettings({}))).text.trim()).toBe('');
		expect((await render(undefined, settings)).text.trim()).toBe('');
	});
});

describe('built content pages', () => {
	// The build under test read the same environment: with a repository, every page links to it; without, none does.
	const built = repoSettings();
	const contentPages = builtPages().filter(
		(url) =>
			/^\/(begrippen|methoden-en-tools|trainingen|rapporten|werkgroepen|netwerken|organisaties|handleiding)\/[^/]+\/$/.test(
				url,
			) && url !== '/handleiding/printen/',
	);

	it('every content page has a last-updated <time>, and the three links only when the build has a repository', () => {
		expect(contentPages.length).toBeGreaterThan(100);
		const expected = built.repo ? ['Bewerk deze pagina', 'Stel een wijziging voor', 'Meld een fout'] : [];
		for (const url of [...contentPages, '/over/', '/toegankelijkheid/', '/handleiding/']) {
			const footer = page(url).querySelector('main footer.contribute');
			expect(footer, url).not.toBeNull();
			const links = footer!.querySelectorAll('a').map((a) => a.text.trim());
			expect(links, url).toEqual(expected);
			expect(footer!.querySelector('time')?.getAttribute('datetime'), url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('links to github.com only when the build has a repository', () => {
		const toGithub = builtPages()
			.filter((url) => url !== '/admin/')
			.flatMap((url) =>
				page(url)
					.querySelectorAll('a[href^="https://github.com/"]')
					.map((a) => `${url} → ${a.getAttribute('href')}`),
			);
		if (built.repo) expect(toGithub.every((link) => link.includes(`github.com/${built.repo}`))).toBe(true);
		else expect(toGithub).toEqual([]);
	});

	it('says on /over/ where the repository is only when there is one', () => {
		const note = page('/over/').querySelector('main p.repository');
		if (built.repo) expect(note?.querySelector('a')?.getAttribute('href')).toBe(`https://github.com/${built.repo}`);
		else expect(note).toBeNull();
		expect(page('/over/').querySelector('main')?.text).not.toMatch(/implementatiewiki\/implementatiewiki/);
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
		// No site chrome: a heading for screen readers, and Decap's interface as the main landmark.
		expect(admin.querySelector('footer, nav')).toBeNull();
		expect(admin.querySelector('header')?.text.trim()).toBe('Beheer van de Implementatiewiki');
		expect(admin.querySelector('main')?.id).toBe('nc-root');
		expect(admin.querySelector('main')?.childNodes).toHaveLength(0);
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
