/** Shared helpers for tests that run the validator or the build on content folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'tests/fixtures/content';

/** Copies the valid fixture content to a fresh temporary folder. */
export function copyFixtureContent(): { dir: string; write: (file: string, text: string) => void; remove: (file: string) => void; cleanup: () => void } {
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
export function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** Runs `scripts/validate.ts` on a content folder. */
export const validate = (dir: string) => run(process.execPath, ['scripts/validate.ts', dir]);
