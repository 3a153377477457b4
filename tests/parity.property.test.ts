/**
 * Differential property test: `npm run validate` passes a file exactly when
 * the build would take it as written.
 *
 * fast-check writes a glossary entry as text: YAML frontmatter (plain,
 * quoted and broken values, control characters, tags, anchors, dates that
 * exist or not) and a Markdown body of fragments (links, images, raw HTML,
 * comments, nesting), each fragment with a marker word.
 *
 * The build's side is run in-process with the build's own parts, not the
 * validator's: Astro's frontmatter parser with the content layer's options,
 * the collection schema with Astro's own `reference()` applied as the content
 * layer applies it (`safeParseAsync`), and the body rendered by the build's
 * Markdown pipeline (no `onLoss`). Whether the reader gets what was written is
 * read from the HTML alone: every fragment's marker, link, image or attribute
 * must be in it.
 *
 * The validator's side is its real code path (readEntry, checkEntries,
 * checkBodies). The property: validate passes ⇔ the build passes and loses
 * nothing, except for the validator's deliberate extra rules, which the
 * generator labels itself: a date that YAML rolls over, and a text past the
 * nesting limit (which the build may survive, slowly).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { unified } from '@astrojs/markdown-remark';
import { createReference } from 'astro/content/runtime';
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { astroMarkdownSettings, markdownOptions } from '../src/markdown/pipeline.ts';
import type { GlossaryTerm } from '../src/markdown/remark-glossary-links.ts';
import { checkBodies } from '../src/lib/validation/body.ts';
import { checkEntries } from '../src/lib/validation/check.ts';
import { loadContent, readEntry } from '../src/lib/validation/load.ts';
import { begripSchema } from '../src/schemas/begrip.ts';
import type { z } from 'astro/zod';
import { FIXTURE_CONTENT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'iw-parity-'));
mkdirSync(join(work, 'begrippen'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = loadContent(FIXTURE_CONTENT);
const TERMS: GlossaryTerm[] = [
	{ slug: 'borging', term: 'Borging', aliases: ['borgen'], definition: 'Zorgen dat het blijft.' },
	{ slug: 'implementatie', term: 'Implementatie', aliases: [], definition: 'Invoeren.' },
];
const astroSchema = begripSchema(createReference() as (collection: string) => z.ZodType);
const buildRenderer = unified(markdownOptions(TERMS)).createRenderer({ ...astroMarkdownSettings } as never);

// --- Frontmatter -------------------------------------------------------------

/** A scalar as it is written after `key: `, with whether YAML would roll it over (a date that does not exist). */
interface Written {
	text: string;
	rolls?: boolean;
}

/** Mostly good values, sometimes bad ones: most samples should get past the frontmatter. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
	fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: bad, weight: 1 });

const names = mostly(
	fc.constantFrom<Written>(
		{ text: 'Schaalvergroting' },
		{ text: 'Lerend netwerk' },
		{ text: "'Kwaliteit # geen commentaar'" },
		{ text: '"Term met \\"aanhalingstekens\\""' },
		{ text: '"Term\\u00e9 met escape"' },
		{ text: '|\n  Meerdere\n  regels' },
	),
	fc.constantFrom<Written>(
		{ text: 'de' },
		{ text: 'Een' },
		{ text: '""' },
		{ text: "'   '" },
		{ text: '"Term\\u0007 met belletje"' },
		{ text: '"Term\x07 rauw"' },
		{ text: 'Term\x00NUL' },
		{ text: 'a: b' },
		{ text: '*geen-anker' },
		{ text: '!!js/function "function () {}"' },
		{ text: '!!binary aGFsbG8=' },
		{ text: '[niet, afgesloten' },
		{ text: '123' },
		{ text: 'true' },
	),
);

const dates = fc.oneof(
	{
		arbitrary: fc.constantFrom<Written>(
			{ text: '2026-11-23' },
			{ text: '"2026-11-23"' },
			{ text: '2026-11-23T10:00:00Z' },
		),
		weight: 6,
	},
	{
		arbitrary: fc.constantFrom<Written>(
			{ text: '2026-02-30', rolls: true },
			{ text: '2026-13-01', rolls: true },
			{ text: '0001-01-01', rolls: true },
			{ text: '2026-02-28T25:00:00Z', rolls: true },
		),
		weight: 2,
	},
	{
		arbitrary: fc.constantFrom<Written>(
			{ text: '1899-12-31' },
			{ text: '2101-01-01' },
			{ text: '2026-1-5' },
			{ text: '23-11-2026' },
			{ text: '2026' },
		),
		weight: 1,
	},
);

const frontmatter = fc
	.record({
		term: names,
		definition: names,
		reviewed: dates,
		aliases: fc.array(names, { maxLength: 2 }),
		sources: mostly(fc.constant('\n  - title: Bron'), fc.constantFrom(' []', '\n  - titel: Bron', ' Bron', null)),
		extra: mostly(
			fc.constantFrom(null, 'english: &e [upscaling]\naliases: *e', 'draft: false'),
			fc.constantFrom('onbekend: 1', 'english: &e [upscaling]\nsynoniem: *e', 'term: Dubbel'),
		),
	})
	.map(({ term, definition, reviewed, aliases, sources, extra }) => {
		const lines = [
			`term: ${term.text}`,
			`definition: ${definition.text}`,
			`reviewed: ${reviewed.text}`,
			...(aliases.length > 0 ? ['aliases:', ...aliases.map((a) => `  - ${a.text.replace(/\n/g, '\n  ')}`)] : []),
			...(sources === null ? [] : [`sources:${sources}`]),
			...(extra === null ? [] : [extra]),
		];
		return { yaml: lines.join('\n'), rolls: reviewed.rolls === true };
	});

// --- Body ----------------------------------------------------------------------

/** One fragment of the body: its Markdown, and whether the built HTML has it as written. */
interface Fragment {
	source: (marker: string) => string;
	intact: (html: ReturnType<typeof parse>, marker: string) => boolean;
	/** Past a limit of the validator only. */
	overLimit?: boolean;
}

const hasText = (html: ReturnType<typeof parse>, marker: string) => html.textContent.includes(marker);
const withText = (html: ReturnType<typeof parse>, tag: string, marker: string) =>
	html.querySelectorAll(tag).filter((el) => el.textContent.includes(marker));

const urls = fc.constantFrom(
	'https://example.org/x',
	'/begrippen/borging/',
	'mailto:info@example.org',
	'#kop',
	'javascript:alert(1)',
	'//evil.example/x',
	'data:text/html,x',
	'vbscript:x',
);
const srcs = fc.constantFrom(
	'/favicon.svg',
	'https://example.org/x.png',
	'//evil.example/x.png',
	'data:image/png;base64,AA',
);

const fragment: fc.Arbitrary<Fragment> = fc.oneof(
	fc.constant<Fragment>({ source: (m) => `Tekst ${m}.`, intact: hasText }),
	fc.constant<Fragment>({ source: (m) => `- Punt ${m}\n- Nog een punt`, intact: hasText }),
	fc.constant<Fragment>({ source: (m) => `Tekst ${m}.`, intact: hasText }),
	fc.constant<Fragment>({ source: (m) => `*Nadruk ${m}* en \`<script>${m}</script>\`.`, intact: hasText }),
	urls.map<Fragment>((url) => ({
		source: (m) => `Zie [${m}](${url}).`,
		intact: (html, m) => withText(html, 'a', m).some((a) => a.getAttribute('href') === url),
	})),
	fc.tuple(srcs, fc.boolean()).map<Fragment>(([src, alt]) => ({
		// The marker is the title, so an image without alt text is still recognisable.
		source: (m) => `![${alt ? 'Beschrijving' : ''}](${src} "${m}")`,
		intact: (html, m) =>
			html.querySelectorAll('img').some((img) => img.getAttribute('src') === src && img.getAttribute('title') === m),
	})),
	fc
		.tuple(
			fc.constantFrom('a', 'abbr', 'details', 'div', 'span', 'script', 'iframe', 'style', 'img', 'figure'),
			fc.constantFrom('href', 'title', 'onclick', 'style', 'class', 'id', 'width'),
			fc.constantFrom('https://example.org/', '/pad', 'javascript:alert(1)', 'tekst'),
		)
		.map<Fragment>(([tag, attribute, value]) => ({
			source: (m) =>
				tag === 'img'
					? `<img src="/favicon.svg" alt="${m}" ${attribute}="${value}">`
					: `<${tag} ${attribute}="${value}">${m}</${tag}>`,
			intact: (html, m) =>
				html.querySelectorAll(tag).some((el) => {
					const mine = tag === 'img' ? el.getAttribute('alt') === m : el.textContent.includes(m);
					const got = el.getAttribute(attribute);
					return mine && (got === value || (attribute === 'id' && got === `user-content-${value}`));
				}),
		})),
	fc.constant<Fragment>({ source: (m) => `<!-- notitie ${m} -->`, intact: () => true }),
	fc.constant<Fragment>({
		source: (m) => `<!-- niet gesloten ${m}\n\nTekst erna ${m}-erna.`,
		intact: (html, m) => hasText(html, `${m}-erna`),
	}),
	fc.constantFrom(3, 25).map<Fragment>((depth) => ({
		source: (m) => `${'> '.repeat(depth)}Citaat ${m}`,
		intact: hasText,
		overLimit: depth > 20,
	})),
);

const body = fc.array(fragment, { minLength: 1, maxLength: 5 });

// --- The two sides ---------------------------------------------------------

/** What the build makes of the file: does it pass, and does the reader get every fragment as written? */
async function build(text: string, fragments: Fragment[]): Promise<{ passes: boolean; intact: boolean }> {
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	} catch {
		return { passes: false, intact: false };
	}
	const data = await astroSchema.safeParseAsync(parsed.frontmatter);
	let html: string;
	try {
		html = (
			await (
				await buildRenderer
			).render(parsed.content.trim(), {
				frontmatter: parsed.frontmatter,
			})
		).code;
	} catch {
		return { passes: false, intact: false };
	}
	const root = parse(html);
	return { passes: data.success, intact: fragments.every((f, i) => f.intact(root, `merk${i}x`)) };
}

/** What `npm run validate` says about the file. */
async function validate(path: string): Promise<string[]> {
	const read = readEntry('begrippen', path, work);
	if (!read.entry) return read.problems.map((p) => p.message);
	const { problems } = checkEntries([...fixture.entries, read.entry], FIXTURE_CONTENT);
	const bodies = await checkBodies([read.entry], TERMS);
	return [...problems, ...bodies].filter((p) => p.file === read.entry?.file).map((p) => `${p.field}: ${p.message}`);
}

describe('validate and the build agree (differential property)', () => {
	it('validate passes exactly when the build passes and the reader gets what was written', async () => {
		let n = 0;
		const seen = { accepted: 0, degraded: 0, buildFails: 0, extraRule: 0 };
		await fc.assert(
			fc.asyncProperty(frontmatter, body, async (fm, fragments) => {
				const text = `---\n${fm.yaml}\n---\n${fragments.map((f, i) => f.source(`merk${i}x`)).join('\n\n')}\n`;
				const path = join(work, 'begrippen', `proef-${n++}.md`);
				writeFileSync(path, text);
				const { passes, intact } = await build(text, fragments);
				const extraRule = fm.rolls || fragments.some((f) => f.overLimit);
				const problems = await validate(path);
				rmSync(path);
				const expected = passes && intact && !extraRule;
				if (expected) seen.accepted++;
				else if (!passes) seen.buildFails++;
				else if (!intact) seen.degraded++;
				else seen.extraRule++;
				expect(
					problems.length === 0,
					`build ${passes ? 'passes' : 'fails'}, ${intact ? 'intact' : 'loses something'}${extraRule ? ', extra rule' : ''}; validate: ${JSON.stringify(problems)}\n${text}`,
				).toBe(expected);
			}),
			{ numRuns: 300 },
		);
		// The generator must reach every outcome, or the property proves little.
		expect(
			Object.values(seen).every((count) => count >= 10),
			JSON.stringify(seen),
		).toBe(true);
	}, 120_000);
});
