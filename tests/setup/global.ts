/**
 * Runs once before the unit tests, each step in a child process:
 * - `astro sync`, because `astro:content` reads `.astro/data-store.json`,
 *   which a clean checkout does not have;
 * - the full production build (validate, astro build, pagefind), which the
 *   build and content tests then read from `dist/`; its log is provided to the
 *   tests as `buildLog`, as plain text: CI forces colour, and the colour codes
 *   sit between a logger's tag and its message.
 */
import { execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** What `npm run build` printed (empty with SKIP_BUILD=1). */
		buildLog: string;
	}
}

const run = (args: string[]): string => {
	try {
		// Vitest sets NODE_ENV=test; a build must be a production build (React in the CMS bundle reads it).
		return stripVTControlCharacters(
			execFileSync(args[0] ?? 'npm', args.slice(1), {
				stdio: 'pipe',
				encoding: 'utf8',
				env: { ...process.env, NODE_ENV: 'production' },
			}),
		);
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause: error });
	}
};

export default function setup(project: TestProject): void {
	run([process.execPath, 'node_modules/astro/bin/astro.mjs', 'sync']);
	project.provide('buildLog', process.env['SKIP_BUILD'] === '1' ? '' : run(['npm', 'run', 'build', '--silent']));
}
