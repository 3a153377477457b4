/**
 * `npm run cms` (with `astro dev` beside it): the CMS on this machine, with
 * the editorial workflow.
 *
 * decap-server runs in git mode on a clone of its own (`.cms/repo`, see
 * scripts/cms/clone.ts), never on this checkout: entries live on
 * `cms/<collection>/<slug>` branches there, and "Publiceer" merges them into
 * the clone's main. A guard in front of it (scripts/cms/guard.ts) refuses to
 * publish what `npm run validate` rejects. Nothing is pushed: README,
 * "Lokaal redigeren", says how published work reaches the repository.
 *
 * Environment: PORT (the address /admin/ talks to; 8081, as Decap expects;
 * 0 lets the system pick), CMS_CLONE (where the clone lives), CMS_BRANCH (the
 * branch entries are published to; main). It prints "cms listening on port
 * <n>" once it is ready.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { ensureClone, syncClone, uncommitted } from './cms/clone.ts';
import { startGuard } from './cms/guard.ts';
import { envValue } from '../src/lib/env.ts';
import { repoSettings } from '../src/lib/repo.ts';

const checkout = process.cwd();
const clone = resolve(envValue('CMS_CLONE') ?? join(checkout, '.cms', 'repo'));
const { branch } = repoSettings();
const port = Number(envValue('PORT') ?? 8081);
const log = (message: string) => console.log(`[cms] ${message}`);

ensureClone(checkout, clone, branch);
log(syncClone(checkout, clone, branch).message);
const leftovers = uncommitted(clone);
if (leftovers.length > 0) {
	console.error(
		`[cms] De CMS-kopie (${clone}) heeft bestanden die niet zijn vastgelegd:\n  ${leftovers.join('\n  ')}\n` +
			'decap-server zou ze in de volgende opslag meenemen. Ruim ze op (of verwijder de kopie) en start opnieuw.',
	);
	process.exit(1);
}

const children: ChildProcess[] = [];
const stop = () => {
	for (const child of children) child.kill();
};
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
process.on('exit', stop);

/** decap-server in git mode on the clone, on a port the system picks; resolves with that port. */
function startDecapServer(): Promise<number> {
	const server = spawn(
		process.execPath,
		[
			'--import',
			fileURLToPath(new URL('./cms/report-listening.ts', import.meta.url)),
			fileURLToPath(import.meta.resolve('decap-server/dist/index.js')),
		],
		{
			env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: '0', BIND_HOST: '127.0.0.1' },
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	children.push(server);
	return new Promise((done, fail) => {
		createInterface({ input: server.stdout }).on('line', (line) => {
			const found = /^listening on port (\d+)$/.exec(line)?.[1];
			if (found) done(Number(found));
			else if (line.trim()) console.log(`[decap-server] ${line}`);
		});
		server.on('exit', (code) => fail(new Error(`decap-server stopped (exit ${code})`)));
	});
}

const upstream = await startDecapServer();
const guard = await startGuard({ checkout, clone, branch, upstream: `http://127.0.0.1:${upstream}`, log }, port);
console.log(`cms listening on port ${guard.port}`);
log(`Entries worden opgeslagen in ${clone} (branch ${branch} en cms/*). Er wordt niets gepusht.`);
