/**
 * Drafts stay out of the built site. The real content has no drafts, so the
 * fixture content is built, with its draft term and a second one that a
 * published page mentions by name; every output a reader or a machine gets is
 * searched for them: pages, links, the sitemap, the search index, the feed and
 * the glossary exports. Each check first finds a published term in the same
 * output, so a check that reads the wrong file cannot pass.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/validation/load.ts';
import { entryUrl } from '../src/lib/urls.ts';
import { buildContent, copyFixtureContent } from './helpers.ts';

const content = copyFixtureContent();
// A second draft, with an alias, whose name a published page uses in its text.
content.write(
	'begrippen/ontwerpproef.md',
	[
		'---',
		'term: Ontwerpproef',
		'aliases:',
		'  - ontwerpproeven',
		'definition: Een begrip dat alleen als concept bestaat.',
		'sources:',
		'  - title: Handleiding Implementatie',
		'reviewed: 2026-11-23',
		'draft: true',
		'---',
		'Zichtbaarheidsproef: deze tekst mag nergens verschijnen.',
		'',
	].join('\n'),
);
const tool = readFileSync(join(content.dir, 'tools/plan-tool.md'), 'utf8');
content.write('tools/plan-tool.md', `${tool.trimEnd()}\n\nMet een ontwerpproef vooraf.\n`);

const drafts = loadContent(content.dir)
	.entries.map((e) => ({ ...e, data: e.data as Record<string, unknown> }))
	.filter((e) => e.data['draft'] === true);
const out = mkdtempSync(join(tmpdir(), 'iw-drafts-'));
const dist = join(out, 'dist');

/** Every file of the built site, by its path from dist/. */
let files: string[] = [];
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

beforeAll(() => {
	const result = buildContent(content.dir, { DIST_DIR: dist });
	if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
	files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
}, 300_000);

afterAll(() => {
	content.cleanup();
	rmSync(out, { recursive: true, force: true });
});

/** What identifies a draft in an output: its URL, its name and its definition. */
const markers = (draft: (typeof drafts)[number]) => ({
	url: entryUrl(draft.collection, draft.id),
	term: String(draft.data['term']),
	definition: String(draft.data['definition']),
});
/** Text only the added draft has. */
const DRAFT_BODY = 'Zichtbaarheidsproef';

describe('drafts', () => {
	it('are there to be checked: the fixture draft and the one added here', () => {
		expect(drafts.map((d) => d.id).sort()).toEqual(['concept-begrip', 'ontwerpproef']);
	});

	it('get no page, and no page links to them or shows their text', () => {
		const pages = files.filter((f) => f.endsWith('.html'));
		expect(pages).toContain('begrippen/borging/index.html');
		for (const draft of drafts) expect(pages).not.toContain(`begrippen/${draft.id}/index.html`);
		// The published page names "ontwerpproef", but the auto-linker does not link a draft.
		expect(read('methoden-en-tools/plan-tool/index.html')).toContain('Met een ontwerpproef vooraf.');
		const leaks = pages.flatMap((file) => {
			const html = read(file);
			return drafts
				.flatMap((draft) => [`href="${markers(draft).url}"`, markers(draft).definition])
				.concat(DRAFT_BODY)
				.filter((marker) => html.includes(marker))
				.map((marker) => `${file}: ${marker}`);
		});
		expect(leaks).toEqual([]);
	});

	it.each([
		['sitemap-0.xml', '/begrippen/borging/'],
		['feed.xml', 'Borging'],
		['begrippen.csv', 'Borging'],
		['begrippen.json', 'Borging'],
		['begrippen.ttl', 'Borging'],
	])('are not in %s', (file, published) => {
		const text = read(file);
		expect(text).toContain(published);
		for (const draft of drafts) for (const marker of Object.values(markers(draft))) expect(text).not.toContain(marker);
		expect(text).not.toContain(DRAFT_BODY);
	});

	it('are not in the search index', () => {
		const fragments = files
			.filter((f) => f.endsWith('.pf_fragment'))
			.map((f) => gunzipSync(readFileSync(join(dist, f))).toString('utf8'));
		expect(fragments.some((f) => f.includes('"url":"/begrippen/borging/"'))).toBe(true);
		for (const draft of drafts) {
			const { url, definition } = markers(draft);
			expect(fragments.filter((f) => f.includes(`"url":"${url}"`) || f.includes(definition))).toEqual([]);
		}
		expect(fragments.filter((f) => f.includes(DRAFT_BODY))).toEqual([]);
	});
});
