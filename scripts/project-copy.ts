/**
 * A copy of the project's code in another folder, with node_modules linked,
 * for builds of other content (the bench, tests with fixture content).
 *
 * Why: Astro writes generated files into `<root>/.astro/` (content types, the
 * content asset imports) on every build, whatever the content folder. A build
 * of fixture content in the project itself would rewrite them under a test
 * or editor that uses the real ones at the same time.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs of the project; everything else stays behind. */
export const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project at `from` into the new folder `to` and returns `to`. */
export function copyProject(to: string, from = process.cwd()): string {
	mkdirSync(to);
	for (const item of PROJECT_FILES) cpSync(join(from, item), join(to, item), { recursive: true });
	symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
	return to;
}
