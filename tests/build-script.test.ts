/**
 * `npm run build` builds into a temporary folder and replaces the output
 * folder only when every step succeeded: a build that fails in Astro (after
 * the content passed validation) leaves the previous site untouched and no
 * half-built folder behind.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildContent, copyFixtureContent } from './helpers.ts';

let current: ReturnType<typeof copyFixtureContent> | undefined;
let outside: string | undefined;
afterEach(() => {
	current?.cleanup();
	if (outside) rmSync(outside, { recursive: true, force: true });
});

it('keeps the previous dist/ when astro build fails', () => {
	const c = (current = copyFixtureContent());
	// Valid frontmatter and body, so validation passes; Astro cannot find the image.
	c.write(
		'begrippen/kapot.md',
		'---\nterm: Kapot\ndefinition: Een begrip met een plaatje dat ontbreekt.\nsources:\n  - title: Bron\nreviewed: 2026-11-23\n---\n![Een schema](./ontbreekt.png)\n',
	);
	const dist = join(dirname(c.dir), `${c.dir.split('/').pop()}-dist`, 'dist');
	outside = dirname(dist);
	mkdirSync(dist, { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<p>vorige versie</p>');

	const result = buildContent(c.dir, { DIST_DIR: dist });

	expect(result.status).not.toBe(0);
	expect(result.output).toContain('ontbreekt.png');
	expect(result.output).toContain('Build failed at: astro build. The previous dist/ is unchanged.');
	expect(readdirSync(dist)).toEqual(['index.html']);
	expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>vorige versie</p>');
	expect(readdirSync(dirname(dist))).toEqual(['dist']);
}, 120_000);
