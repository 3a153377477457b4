/** One CI path: GitHub CI and .ci/run run the same script, and it skips nothing. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = readFileSync('.github/workflows/ci.yml', 'utf8');
const localRun = readFileSync('.ci/run', 'utf8');
const script = readFileSync('scripts/ci.ts', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The commands a shell file or workflow runs (comments dropped). */
const commands = (text: string) =>
	text
		.split('\n')
		.map((line) => line.replace(/#.*$/, '').trim())
		.filter(Boolean);

describe('CI', () => {
	it('GitHub CI and .ci/run both end in `npm run ci`, and run no other check', () => {
		const runs = commands(workflow).filter((line) => /^(-\s*)?run:/.test(line));
		expect(runs.map((line) => line.replace(/^(-\s*)?run:\s*/, ''))).toEqual(['npm ci', 'npm run ci']);
		expect(commands(localRun).filter((line) => line.startsWith('npm '))).toEqual([
			'npm ci --no-audit --no-fund',
			'npm run ci',
		]);
		expect(scripts['ci']).toBe('node scripts/ci.ts');
	});

	it('runs every check script, and skips no build test', () => {
		for (const name of ['validate', 'check', 'lint', 'format:check', 'knip', 'test', 'test:e2e', 'test:a11y']) {
			expect(script).toContain(`npm('${name}'`);
		}
		expect(script).toContain(`npm('test:html')`);
		expect(script).toContain(`npm('budgets')`);
		expect(script).toContain(`'format:content', '--', '--check'`);
		expect(script).not.toMatch(/\bSKIP_BUILD/);
		expect(workflow).not.toMatch(/SKIP_BUILD/);
	});

	it('does not install its own Node: the `node` devDependency is Node 24', () => {
		const devDependencies = (
			JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }
		).devDependencies;
		expect(devDependencies['node']).toMatch(/^24\./);
		expect(localRun).not.toMatch(/node@/);
		expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
	});
});
