/**
 * The bad-content corpus (tests/bad-content-corpus.ts): for every case,
 * `npm run validate` prints exactly the pinned lines, and fails exactly when
 * there are any.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCase as apply, cases, type Case } from './bad-content-corpus.ts';
import { buildContent, FIXTURE_CONTENT, validate } from './helpers.ts';

let current: ReturnType<typeof apply> | undefined;
afterEach(() => current?.cleanup());

const applyCase = (spec: Case) => (current = apply(spec));

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
		expect(result.stdout).toContain("16 pagina's in tests/fixtures/content/ in orde.");
	});

	it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

	it.each(cases)('$name: $about', (spec) => {
		const c = applyCase(spec);
		const { status, lines, output } = linesFor(c.dir);
		expect(lines, output).toEqual(spec.expect);
		expect(status, output).toBe(spec.expect.length === 0 ? 0 : 1);
	});
});

describe('npm run build on bad content', () => {
	it('fails with the same one line as npm run validate, before Astro builds anything', () => {
		const spec = cases.find((c) => c.name === 'javascript-url');
		if (!spec) throw new Error('javascript-url case is missing');
		const c = applyCase(spec);
		const result = buildContent(c.dir);
		expect(result.status).not.toBe(0);
		expect(result.output.replaceAll(c.dir, 'content')).toContain(spec.expect[0]);
		expect(result.output).not.toContain('[build]');
	});

	it('builds an accepted .mdx page, keeping its safe HTML and running none of it as code', () => {
		const spec = cases.find((c) => c.name === 'mdx-safe-html');
		if (!spec) throw new Error('mdx-safe-html case is missing');
		const c = applyCase(spec);
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
