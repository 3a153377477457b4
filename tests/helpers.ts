/** Shared helpers for tests that run the validator or the build on content folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { MDX_NODE_TYPES } from '../src/markdown/rehype-mdx-html.ts';
import rehypeSafeHtml from '../src/markdown/rehype-safe-html.ts';
import { copyProject } from '../scripts/project-copy.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/content';

/** Copies the valid fixture content to a fresh temporary folder. */
export function copyFixtureContent(): {
	dir: string;
	write: (file: string, text: string) => void;
	remove: (file: string) => void;
	cleanup: () => void;
} {
	const dir = mkdtempSync(join(tmpdir(), 'iw-content-'));
	cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	return {
		dir,
		write: (file, text) => writeFileSync(join(dir, file), text),
		remove: (file) => rmSync(join(dir, file)),
		cleanup: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** Runs an npm script or node file and captures its output. */
export function run(command: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		...(cwd ? { cwd } : {}),
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/**
 * `npm run build` of a content folder, in a temporary copy of the project
 * (scripts/project-copy.ts), so it cannot rewrite the `.astro/` files that
 * other tests running at the same time read. The copy is removed afterwards.
 * `prepare` may change the copy first (a test that needs Astro itself to fail).
 */
export function buildContent(
	content: string,
	env: Record<string, string> = {},
	prepare: (project: string) => void = () => undefined,
) {
	const work = mkdtempSync(join(tmpdir(), 'iw-project-'));
	try {
		const project = copyProject(join(work, 'project'));
		prepare(project);
		return run('npm', ['run', 'build', '--silent'], { CONTENT_DIR: content, ...env }, project);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * A `prepare` for buildContent that swaps the validator for a no-op, for
 * builds that test what gets past it (the XSS payloads are rejected by it).
 */
export const skipValidation = (project: string) =>
	writeFileSync(
		join(project, 'scripts/validate.ts'),
		"console.log('Validation skipped: this build tests what gets past it.');\n",
	);

/** Runs `scripts/validate.ts` on a content folder. */
export const validate = (dir: string) => run(process.execPath, ['scripts/validate.ts', dir]);

/**
 * An MDX body through the sanitiser at the HTML level (remark-mdx → hast →
 * rehype-safe-html → HTML), as the MDX tests and the validator's property test use it.
 */
const mdxPipeline = unified()
	.use(remarkParse)
	.use(remarkMdx)
	.use(remarkRehype, { passThrough: [...MDX_NODE_TYPES] })
	.use(rehypeSafeHtml)
	.use(rehypeStringify);
export const renderMdxHtml = async (mdx: string): Promise<string> =>
	String(await mdxPipeline.process({ value: mdx, path: 'proef.mdx' }));
