/**
 * `npm run build` builds into a temporary folder and replaces the output
 * folder only when every step succeeded: a build that fails in Astro (after
 * the content passed validation) leaves the previous site untouched and no
 * half-built folder behind, and so does a build stopped by a signal, which
 * says why it stopped.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { copyProject } from '../scripts/project-copy.ts';
import { buildContent, copyFixtureContent } from './helpers.ts';

let current: ReturnType<typeof copyFixtureContent> | undefined;
const folders: string[] = [];
afterEach(() => {
	current?.cleanup();
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A previous site in a fresh folder: `<tmp>/…/dist` holding one page. */
function previousDist(): string {
	const dist = join(mkdtempSync(join(tmpdir(), 'iw-dist-')), 'dist');
	folders.push(dirname(dist));
	mkdirSync(dist, { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<p>vorige versie</p>');
	return dist;
}

const unchanged = (dist: string) => {
	expect(readdirSync(dist)).toEqual(['index.html']);
	expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>vorige versie</p>');
	// No temporary .dist-build-* folder left beside it.
	expect(readdirSync(dirname(dist))).toEqual(['dist']);
};

it('keeps the previous dist/ when astro build fails', () => {
	const c = (current = copyFixtureContent());
	const dist = previousDist();
	// Valid content; a page of the project itself throws while Astro renders it.
	const result = buildContent(c.dir, { DIST_DIR: dist }, (project) =>
		writeFileSync(join(project, 'src/pages/kapot.astro'), "---\nthrow new Error('kapotte pagina');\n---\n"),
	);

	expect(result.status).not.toBe(0);
	expect(result.output).toContain('kapotte pagina');
	expect(result.output).toContain('Build failed at: astro build. The previous dist/ is unchanged.');
	unchanged(dist);
}, 120_000);

it.each(['SIGTERM', 'SIGINT'] as const)(
	'removes its temporary folder and says why when stopped by %s during astro build',
	async (signal) => {
		const c = (current = copyFixtureContent());
		const dist = previousDist();
		const work = mkdtempSync(join(tmpdir(), 'iw-project-'));
		folders.push(work);
		const project = copyProject(join(work, 'project'));
		const child = spawn(process.execPath, ['scripts/build.ts'], {
			cwd: project,
			env: { ...process.env, CONTENT_DIR: c.dir, DIST_DIR: dist },
		});
		let output = '';
		const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
		// Wait for the state, not for a time: Astro has started, the temporary folder exists.
		await new Promise<void>((ready) => {
			const look = (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('\n> astro build') && readdirSync(dirname(dist)).some((f) => f.startsWith('.dist-build-')))
					ready();
			};
			child.stdout.on('data', look);
			child.stderr.on('data', look);
		});
		child.kill(signal);
		const code = await exited;

		expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
		expect(output).toContain(`Build stopped by ${signal} during: astro build. The previous dist/ is unchanged.`);
		unchanged(dist);
	},
	120_000,
);
