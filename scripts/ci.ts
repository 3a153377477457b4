/**
 * `npm run ci`: every check, in the order a failure is cheapest to find. GitHub
 * CI (.github/workflows/ci.yml) and the local CI entry point (.ci/run) both run
 * this one script, so nothing is checked in one place and skipped in the other.
 * It stops at the first step that fails and says which.
 *
 * `npm test` builds the site once (its global setup); the browser, axe, vnu and
 * budget steps then use that same `dist/`.
 */
import { spawnSync } from 'node:child_process';

interface Step {
	label: string;
	command: string;
	args: string[];
	env?: Record<string, string>;
}

const npm = (script: string, env?: Record<string, string>): Omit<Step, 'label'> => ({
	command: 'npm',
	args: ['run', '--silent', script],
	...(env ? { env } : {}),
});

const steps: Step[] = [
	{ label: 'audit of runtime dependencies', command: 'bash', args: ['scripts/audit.sh'] },
	{ label: 'content validation', ...npm('validate') },
	{
		label: 'content in the YAML style the CMS writes',
		command: 'npm',
		args: ['run', '--silent', 'format:content', '--', '--check'],
	},
	{ label: 'CODEOWNERS up to date', command: process.execPath, args: ['scripts/codeowners.ts', '--check'] },
	{ label: 'type check (astro check)', ...npm('check') },
	{ label: 'lint (ESLint)', ...npm('lint') },
	{ label: 'format (Prettier)', ...npm('format:check') },
	{ label: 'unused files, exports and dependencies (knip)', ...npm('knip') },
	{ label: 'unit and build tests (builds the site)', ...npm('test') },
	{ label: 'browser tests', ...npm('test:e2e', { E2E_SKIP_BUILD: '1' }) },
	{ label: 'accessibility (axe, light and dark)', ...npm('test:a11y', { E2E_SKIP_BUILD: '1' }) },
	{ label: 'HTML (Nu HTML Checker)', ...npm('test:html') },
	{ label: 'page-weight budgets', ...npm('budgets') },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const started = performance.now();
for (const [i, step] of steps.entries()) {
	console.log(`\n▶ ${i + 1}/${steps.length} ${step.label}`);
	const start = performance.now();
	const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
	if (result.status !== 0) {
		console.error(`\n✖ CI failed at step ${i + 1}/${steps.length}: ${step.label}.`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${step.label} (${seconds(performance.now() - start)})`);
}
console.log(`\nAll ${steps.length} CI steps passed in ${seconds(performance.now() - started)}.`);
