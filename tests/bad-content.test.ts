/**
 * The bad-content corpus: every folder in `tests/fixtures/bad-content/` is one
 * case of hostile or broken input, laid over the valid fixture content. Its
 * `case.json` says what it is about and pins the exact lines `npm run
 * validate` prints (with the content folder shown as `content`); an empty
 * `expect` means the input is accepted safely. Optional keys: `remove` (files
 * to delete first), `generate` (a large file made here, not committed) and
 * `links` (symlinks made here, from a path in the content folder to a file in
 * the case's `_outside/` folder, which is copied outside the content folder).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent, copyFixtureContent, FIXTURE_CONTENT, validate } from './helpers.ts';

const CORPUS = 'tests/fixtures/bad-content';

interface Case {
	about: string;
	expect: string[];
	remove?: string[];
	generate?: { file: string; megabytes: number };
	links?: Record<string, string>;
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => ({ name: d.name, ...(JSON.parse(readFileSync(join(CORPUS, d.name, 'case.json'), 'utf8')) as Case) }));

let current: ReturnType<typeof copyFixtureContent> | undefined;
let outside: string | undefined;
afterEach(() => {
	current?.cleanup();
	if (outside) rmSync(outside, { recursive: true, force: true });
	outside = undefined;
});

/** The valid fixture content with one case applied. */
export function applyCase(name: string, spec: Case) {
	const c = (current = copyFixtureContent());
	for (const file of spec.remove ?? []) c.remove(file);
	const own = join(CORPUS, name);
	cpSync(own, c.dir, {
		recursive: true,
		filter: (src) => !src.endsWith('case.json') && !src.startsWith(join(own, '_outside')),
	});
	if (spec.links) {
		outside = mkdtempSync(join(tmpdir(), 'iw-outside-'));
		cpSync(join(own, '_outside'), outside, { recursive: true });
		for (const [link, target] of Object.entries(spec.links)) symlinkSync(join(outside, target), join(c.dir, link));
	}
	if (spec.generate) {
		const { file, megabytes } = spec.generate;
		const line = 'Een regel tekst die uit een pdf is geplakt, vele malen herhaald.\n';
		const body = line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length));
		writeFileSync(
			join(c.dir, file),
			`---\nterm: Groot\ndefinition: x\nsources:\n  - title: Bron\nreviewed: 2026-11-23\n---\n${body}`,
		);
	}
	return c;
}

/** Problem lines from `npm run validate`, with the temporary folder shown as `content`. */
function linesFor(dir: string) {
	const result = validate(dir);
	const lines = result.stderr
		.split('\n')
		.filter((line) => line.startsWith(dir))
		.map((line) => line.replaceAll(dir, 'content'));
	return { status: result.status, lines, output: result.output };
}

describe('bad-content corpus', () => {
	it('starts from valid content', () => {
		const result = validate(FIXTURE_CONTENT);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("14 pagina's in tests/fixtures/content/ in orde.");
	});

	it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

	it.each(cases)('$name: $about', (spec) => {
		const c = applyCase(spec.name, spec);
		const { status, lines, output } = linesFor(c.dir);
		expect(lines, output).toEqual(spec.expect);
		expect(status, output).toBe(spec.expect.length === 0 ? 0 : 1);
	});
});

describe('npm run build on bad content', () => {
	it('fails with the same one line as npm run validate, before Astro builds anything', () => {
		const spec = cases.find((c) => c.name === 'javascript-url');
		if (!spec) throw new Error('javascript-url case is missing');
		const c = applyCase(spec.name, spec);
		const result = buildContent(c.dir);
		expect(result.status).not.toBe(0);
		expect(result.output.replaceAll(c.dir, 'content')).toContain(spec.expect[0]);
		expect(result.output).not.toContain('[build]');
	});

	it('builds an accepted .mdx page, keeping its safe HTML and running none of it as code', () => {
		const spec = cases.find((c) => c.name === 'mdx-safe-html');
		if (!spec) throw new Error('mdx-safe-html case is missing');
		const c = applyCase(spec.name, spec);
		const out = mkdtempSync(join(tmpdir(), 'iw-mdx-dist-'));
		try {
			const result = buildContent(c.dir, { DIST_DIR: join(out, 'dist') });
			expect(result.status, result.output).toBe(0);
			const html = readFileSync(join(out, 'dist', 'begrippen', 'opschaling', 'index.html'), 'utf8');
			expect(html).toMatch(/<details>\s*<summary>Meer weten<\/summary>/);
			expect(html).toContain('<abbr title="Nederlands Implementatie Collectief">NIC</abbr>');
			expect(html).toContain('<a href="https://example.org/">een bron</a>');
			expect(html).toMatch(/<table>[\s\S]*<td>team<\/td>/);
			expect(html).not.toContain('Een opmerking voor redacteuren');
			// MDX has no stored HTML and the data store keeps no bodies: backlinks read the file.
			const borging = readFileSync(join(out, 'dist', 'begrippen', 'borging', 'index.html'), 'utf8');
			expect(borging).toMatch(/id="lijst-gebruikt-in"[\s\S]*href="\/begrippen\/opschaling\/"/);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 180_000);
});
