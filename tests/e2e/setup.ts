/**
 * Builds the site (unless E2E_SKIP_BUILD=1, when `npm test` just built it),
 * then serves `dist/` with `astro preview` on a free port for the browser tests.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

async function waitFor(url: string, timeoutMs = 120_000) {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not up yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${url} did not start`);
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
	if (process.env['E2E_SKIP_BUILD'] !== '1')
		// Vitest sets NODE_ENV=test; build for production (React in the CMS bundle reads it).
		execFileSync('npm', ['run', 'build', '--silent'], {
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' },
		});
	const port = await freePort();
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1'],
		{
			stdio: 'ignore',
		},
	);
	const baseUrl = `http://127.0.0.1:${port}`;
	try {
		await waitFor(`${baseUrl}/`);
	} catch (error) {
		// Astro allows one preview server per project: never leave one behind.
		server.kill();
		throw error;
	}
	project.provide('baseUrl', baseUrl);
	return () => {
		server?.kill();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
