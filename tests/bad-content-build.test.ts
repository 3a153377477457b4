/**
 * The rules stay honest: every bad-content case that `npm run validate`
 * rejects would have failed or degraded the build without it. Each case says
 * how (`build` in its case.json), and this file shows it with the build's own
 * parts, never with the validator's code:
 *
 * - in-process, for every case: Astro's frontmatter parser as the content
 *   layer calls it, the collection schema with Astro's `reference()` through
 *   `safeParseAsync`, and the build's Markdown and MDX renderers
 *   (src/markdown/pipeline.ts without the validator's `onLoss`):
 *   - `fails`: one of those throws or refuses the file (or a local image it
 *     needs is missing, which stops Astro's image step);
 *   - `rolls`: a date in the built data is not the date written;
 *   - `garbled`: the file as Astro reads it holds replacement characters;
 *   - `loses`: words of the body (comments aside) are missing from the
 *     rendered output (its text, tags and attributes);
 *   - `brokenReference`, `selfReference`, `steps`, `ambiguous`: the built
 *     data refers to an entry that is not published, to itself, gives the
 *     handleiding a duplicate or missing step, or gives one name to two terms;
 *   - `limit`: a text past a resource limit; the build takes it, slowly
 *     (the limits guard against pathological input, see body.ts), so this
 *     only checks that the limit is the one reason;
 * - one real `astro build` (no validator) of the fixture content with all
 *   file-level cases laid over it: `unbuilt` (the file's text is on no page),
 *   `published` (a symlinked file from outside is on a page), `replaced` (Astro
 *   warns that another file has the same id) and `renamed` (the page's address
 *   is not the file name).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { unified } from '@astrojs/markdown-remark';
import { createReference } from 'astro/content/runtime';
import type { z } from 'astro/zod';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../scripts/project-copy.ts';
import { astroMarkdownSettings, markdownOptions } from '../src/markdown/pipeline.ts';
import type { GlossaryTerm } from '../src/markdown/remark-glossary-links.ts';
import { collections, type CollectionName } from '../src/schemas/index.ts';
import { STEP_NUMBERS } from '../src/schemas/stap.ts';
import { applyCase, caseFiles, cases, overlayCase, type Case } from './bad-content-corpus.ts';
import { copyFixtureContent, run } from './helpers.ts';

const FILE_KINDS = new Set(['unbuilt', 'published', 'replaced', 'renamed']);
const rejected = cases.filter((c) => c.expect.length > 0);
const reference = createReference() as (collection: string) => z.ZodType;

/** One content file as the build's content layer sees it. */
interface Seen {
	path: string;
	collection: CollectionName;
	id: string;
	text: string;
	/** Why Astro's parser or schema refused it, if it did. */
	refused?: string;
	frontmatter: Record<string, unknown>;
	data?: Record<string, unknown>;
	body: string;
}

/** Reads every entry file of a content folder as Astro does (utf-8, its parser, its schema). */
async function astroEntries(root: string): Promise<Seen[]> {
	const seen: Seen[] = [];
	for (const collection of Object.keys(collections) as CollectionName[]) {
		const dir = join(root, collection);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n) && statSync(join(dir, n)).isFile())) {
			const path = join(dir, name);
			const text = readFileSync(path, 'utf-8');
			const entry: Seen = {
				path,
				collection,
				id: name.replace(/\.mdx?$/, '').toLowerCase(),
				text,
				frontmatter: {},
				body: '',
			};
			try {
				const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
				entry.frontmatter = parsed.frontmatter as Record<string, unknown>;
				entry.body = parsed.content.trim();
				const result = await collections[collection].schema(reference).safeParseAsync(parsed.frontmatter);
				if (result.success) entry.data = result.data as Record<string, unknown>;
				else entry.refused = result.error.message;
			} catch (error) {
				entry.refused = String(error);
			}
			seen.push(entry);
		}
	}
	return seen;
}

const glossaryOf = (entries: Seen[]): GlossaryTerm[] =>
	entries.flatMap((e) =>
		e.collection === 'begrippen' && e.data && e.data['draft'] !== true
			? [
					{
						slug: e.id,
						term: String(e.data['term']),
						aliases: (e.data['aliases'] as string[]) ?? [],
						definition: String(e.data['definition']),
					},
				]
			: [],
	);

/** Renders a body with the build's own renderers: HTML for .md, compiled code for .mdx, or what went wrong. */
async function render(
	entry: Seen,
	terms: GlossaryTerm[],
): Promise<{ output?: string; images?: string[]; error?: unknown }> {
	const processor = unified(markdownOptions(terms));
	const shared = { ...astroMarkdownSettings } as never;
	try {
		if (entry.path.endsWith('.mdx')) {
			const mdx = await processor.createMdxRenderer?.(shared, {
				optimize: false,
				srcDir: pathToFileURL('src/'),
			} as never);
			const { code } = (await mdx?.process(entry.body, entry.path, entry.frontmatter)) as { code: string };
			return { output: code };
		}
		const markdown = await processor.createRenderer(shared);
		const result = await markdown.render(entry.body, {
			frontmatter: entry.frontmatter,
			fileURL: pathToFileURL(entry.path),
		});
		return { output: result.code, images: result.metadata.localImagePaths };
	} catch (error) {
		return { error };
	}
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Words of `body` (comments aside) that the output does not have: in its text, tag names or attributes. */
function lostWords(body: string, output: string, mdx: boolean): string[] {
	// A closed comment is an editor's note; one that an earlier, unclosed comment runs into is not.
	const source = words(body.replace(/<!--(?:(?!<!--)[\s\S])*?-->/g, ' ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' '));
	let have: Set<string>;
	if (mdx) have = words(output);
	else {
		const root = parse(output);
		const parts = [root.textContent];
		for (const el of root.querySelectorAll('*'))
			parts.push(el.tagName, ...Object.entries(el.attributes).flatMap(([k, v]) => [k, v]));
		have = words(parts.join(' '));
	}
	return [...source].filter((word) => !have.has(word));
}

const datesIn = (value: unknown): Date[] =>
	value instanceof Date
		? [value]
		: Array.isArray(value)
			? value.flatMap(datesIn)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(datesIn)
				: [];

const refsIn = (value: unknown): { collection: string; id: string }[] =>
	Array.isArray(value)
		? value.flatMap(refsIn)
		: value && typeof value === 'object' && 'collection' in value && 'id' in value
			? [value as { collection: string; id: string }]
			: [];

/** What the build suffers from the case, in-process; true when its `build` kind shows. */
async function suffers(spec: Case): Promise<{ shows: boolean; detail: string }> {
	const c = applyCase(spec);
	try {
		const entries = await astroEntries(c.dir);
		const mine = entries.filter((e) => caseFiles(spec).includes(relative(c.dir, e.path)));
		const terms = glossaryOf(entries);
		const published = (collection: string, id: string) =>
			entries.some((e) => e.collection === collection && e.id === id && e.data && e.data['draft'] !== true);
		switch (spec.build) {
			case 'fails': {
				for (const e of mine) {
					if (e.refused) return { shows: true, detail: e.refused.slice(0, 200) };
					const { error, images } = await render(e, terms);
					if (error) return { shows: true, detail: String(error).slice(0, 200) };
					const missing = (images ?? []).find((p) => !existsSync(join(dirname(e.path), decodeURI(p))));
					if (missing) return { shows: true, detail: `missing image ${missing}` };
				}
				return { shows: false, detail: 'Astro takes every file' };
			}
			case 'rolls': {
				const rolled = mine.flatMap((e) =>
					datesIn(e.data).filter((d) => !e.text.includes(d.toISOString().slice(0, 10))),
				);
				return { shows: rolled.length > 0, detail: rolled.map((d) => d.toISOString()).join(', ') };
			}
			case 'garbled':
				return { shows: mine.some((e) => e.text.includes('\uFFFD')), detail: 'replacement characters' };
			case 'loses': {
				for (const e of mine) {
					const { output, error } = await render(e, terms);
					if (error || output === undefined) return { shows: false, detail: `render failed: ${String(error)}` };
					const lost = lostWords(e.body, output, e.path.endsWith('.mdx'));
					if (lost.length > 0) return { shows: true, detail: lost.join(' ') };
				}
				return { shows: false, detail: 'nothing lost' };
			}
			case 'brokenReference': {
				const broken = entries.flatMap((e) =>
					e.data ? refsIn(Object.values(e.data)).filter((r) => !published(r.collection, r.id)) : [],
				);
				return { shows: broken.length > 0, detail: broken.map((r) => `${r.collection}/${r.id}`).join(', ') };
			}
			case 'selfReference':
				return {
					shows: mine.some((e) =>
						refsIn(Object.values(e.data ?? {})).some((r) => r.collection === e.collection && r.id === e.id),
					),
					detail: 'refers to itself',
				};
			case 'steps': {
				const steps = entries.filter((e) => e.collection === 'stappen' && e.data).map((e) => Number(e.data?.['step']));
				const duplicate = steps.length !== new Set(steps).size;
				const missing = STEP_NUMBERS.filter((n) => !steps.includes(n));
				return { shows: duplicate || missing.length > 0, detail: `steps ${steps.sort().join(',')}` };
			}
			case 'ambiguous': {
				const owners = new Map<string, Set<string>>();
				for (const t of terms)
					for (const name of [t.term, ...t.aliases]) {
						const key = name.toLowerCase();
						owners.set(key, (owners.get(key) ?? new Set()).add(t.slug));
					}
				const shared = [...owners].filter(([, slugs]) => slugs.size > 1).map(([name]) => name);
				return { shows: shared.length > 0, detail: shared.join(', ') };
			}
			case 'limit': {
				const refused = mine.filter((e) => e.refused);
				return { shows: refused.length === 0, detail: refused.map((e) => e.refused).join('; ') };
			}
			default:
				return { shows: false, detail: `unknown build kind ${String(spec.build)}` };
		}
	} finally {
		c.cleanup();
	}
}

describe('what the build would suffer from each rejected case', () => {
	it('every rejected case says what the build suffers, and every accepted one builds', () => {
		expect(rejected.filter((c) => !c.build).map((c) => c.name)).toEqual([]);
		expect(cases.filter((c) => c.expect.length === 0 && c.build).map((c) => c.name)).toEqual([]);
	});

	it.each(rejected.filter((c) => !FILE_KINDS.has(c.build ?? '')).map((c) => ({ ...c, kind: c.build })))(
		'$name: $kind',
		async (spec) => {
			const { shows, detail } = await suffers(spec);
			expect(shows, detail).toBe(true);
		},
	);

	it.each(cases.filter((c) => c.expect.length === 0))(
		'$name is accepted and the build takes it whole',
		async (spec) => {
			const c = applyCase(spec);
			try {
				const entries = await astroEntries(c.dir);
				const terms = glossaryOf(entries);
				for (const e of entries.filter((x) => caseFiles(spec).includes(relative(c.dir, x.path)))) {
					expect(e.refused, e.path).toBeUndefined();
					const { output, error } = await render(e, terms);
					expect(error, e.path).toBeUndefined();
					// Frontmatter-only cases have a plain body; an .mdx body is compiled, not HTML.
					if (!e.path.endsWith('.mdx')) expect(lostWords(e.body, output ?? '', false), e.path).toEqual([]);
				}
			} finally {
				c.cleanup();
			}
		},
	);
});

describe('file-level cases in one real astro build (no validator)', () => {
	const fileCases = rejected.filter((c) => FILE_KINDS.has(c.build ?? ''));
	const work = mkdtempSync(join(tmpdir(), 'iw-files-'));
	const out = join(work, 'dist');
	let pages: { url: string; text: string }[] = [];
	let log = '';
	const content = copyFixtureContent();
	const cleanups: (() => void)[] = [];

	beforeAll(() => {
		for (const spec of fileCases) cleanups.push(overlayCase(spec, content.dir));
		const project = copyProject(join(work, 'project'));
		const result = run(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
			{ CONTENT_DIR: content.dir, ASTRO_CACHE_DIR: join(work, 'cache') },
			project,
		);
		log = result.output;
		if (result.status !== 0) throw new Error(`astro build failed:\n${log}`);
		// Astro's log is in colour when it thinks it has a terminal; compare plain text.
		log = stripVTControlCharacters(log);
		const walk = (dir: string): void => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (name === 'index.html')
					pages.push({ url: `/${relative(out, dirname(path))}/`, text: parse(readFileSync(path, 'utf8')).textContent });
			}
		};
		walk(out);
	}, 240_000);

	afterAll(() => {
		content.cleanup();
		for (const cleanup of cleanups) cleanup();
		rmSync(work, { recursive: true, force: true });
		pages = [];
	});

	/** The first line of a case file's body: a sentence only that file has. */
	const markerOf = (spec: Case) => {
		const file = caseFiles(spec)[0] ?? '';
		const own = existsSync(join('tests/fixtures/bad-content', spec.name, file))
			? join('tests/fixtures/bad-content', spec.name, file)
			: join('tests/fixtures/bad-content', spec.name, '_outside', spec.links?.[file] ?? '');
		const text = readFileSync(own, 'utf8');
		const body = text.startsWith('---') ? text.slice(text.indexOf('\n---', 3) + 4) : text;
		return { file, marker: body.trim().split('\n')[0] ?? '' };
	};

	it.each(fileCases.map((c) => ({ ...c, kind: c.build })))('$name: $kind', (spec) => {
		const { file, marker } = markerOf(spec);
		expect(marker.length).toBeGreaterThan(5);
		const on = pages.filter((p) => p.text.includes(marker));
		switch (spec.build) {
			case 'unbuilt':
				expect(on.map((p) => p.url)).toEqual([]);
				break;
			case 'published':
				expect(on.length).toBeGreaterThan(0);
				break;
			case 'replaced': {
				// Astro keeps one of the files with this id and only warns; the warning lists both.
				const warning = log.split('multiple entries with the same slug').slice(1);
				expect(
					warning.some((w) => w.includes(basename(file))),
					log,
				).toBe(true);
				break;
			}
			case 'renamed':
				expect(on.length).toBeGreaterThan(0);
				for (const page of on) expect(page.url).not.toContain(`/${basename(file).replace(/\.mdx?$/, '')}/`);
				break;
		}
	});
});
