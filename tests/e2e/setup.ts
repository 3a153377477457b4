/**
 * Builds the site (unless E2E_SKIP_BUILD=1, when `npm test` just built it),
 * then serves `dist/` for the browser tests the way a host would
 * (static-server.ts: headers of public/_headers, 404 page, folder redirects),
 * on a port the system picks.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

export default async function setup(project: TestProject) {
	if (process.env['E2E_SKIP_BUILD'] !== '1')
		// Vitest sets NODE_ENV=test; build for production (React in the CMS bundle reads it).
		execFileSync('npm', ['run', 'build', '--silent'], {
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' },
		});
	const { origin, server } = await serveStatic('dist');
	project.provide('baseUrl', origin);
	return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
