/**
 * A small HTTP proxy in front of decap-server (git mode) that refuses to
 * publish content that fails the validator, and never leaves the clone
 * mid-merge. decap-server has no hooks of its own (its git middleware merges
 * `cms/<collection>/<slug>` straight into the branch on `publishUnpublishedEntry`),
 * so the check sits on the one public contract it has: its HTTP API.
 *
 * Before a publish is passed on, the merge is made without touching any
 * working tree (`git merge-tree --write-tree`), the content of the merged tree
 * is extracted to a temporary folder and `validateContent` (what
 * `npm run validate` runs) checks it. A conflict or any problem answers 422
 * with the validator's lines, which Decap shows in its "niet gepubliceerd"
 * message; the branch is not merged and main stays as it was.
 *
 * Also: requests reach decap-server one at a time (its own lock gives up after
 * 3 s), the clone is brought in step with the checkout when the checkout's
 * HEAD has moved, and a save is refused while the clone has uncommitted files
 * (decap-server would commit them with `git add .`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, type ContentProblem } from '../../src/schemas/errors.ts';
import { validateContent } from '../../src/lib/validation/check.ts';
import { checkoutHead, syncClone, uncommitted } from './clone.ts';
import { git, gitTry } from './git.ts';

export interface GuardOptions {
	/** The working checkout (only read: its HEAD commit). */
	checkout: string;
	/** The CMS clone decap-server works in. */
	clone: string;
	/** The branch entries are published to. */
	branch: string;
	/** decap-server's address, e.g. http://127.0.0.1:8082. */
	upstream: string;
	/** Reports what the guard did (syncs, refusals); silent by default. */
	log?: (message: string) => void;
}

/** Actions that write to the clone: refused while it has uncommitted files. */
const WRITES = new Set([
	'persistEntry',
	'persistMedia',
	'deleteFile',
	'deleteFiles',
	'publishUnpublishedEntry',
	'updateUnpublishedEntryStatus',
]);

/** decap-server's own origin rule: only pages on this machine may call it. */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/** Dutch messages of the guard. */
export const guardMessages = {
	invalid: (problems: readonly string[]) =>
		`De inhoud klopt niet, dus er is niets gepubliceerd. Los dit op en sla opnieuw op:\n${problems.map((p) => `• ${p}`).join('\n')}`,
	conflict: (branch: string) =>
		`Deze wijziging botst met wat al op ${branch} staat, dus er is niets gepubliceerd. Open het item, neem de nieuwe versie over en sla opnieuw op.`,
	dirty: (files: readonly string[]) =>
		`De CMS-kopie heeft bestanden die niet zijn vastgelegd (${files.join(', ')}); opslaan zou ze meenemen. Ruim ze op en probeer het opnieuw.`,
} as const;

/** The content of the tree `ref`, extracted to a temporary folder; returns the folder. */
function extractContent(clone: string, ref: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'iw-cms-publish-'));
	const archive = spawnSync('git', ['archive', '--format=tar', ref, 'content'], { cwd: clone, maxBuffer: 1 << 30 });
	if (archive.status !== 0) throw new Error(`git archive: ${archive.stderr.toString()}`);
	const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
	if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString()}`);
	return dir;
}

/**
 * Why publishing `cms/<collection>/<slug>` into `branch` must not happen, or
 * undefined when it may: a conflict, or the validator's problems in the
 * merged content.
 */
export async function publishRefusal(
	clone: string,
	branch: string,
	collection: string,
	slug: string,
): Promise<string | undefined> {
	const cmsBranch = `cms/${collection}/${slug}`;
	const merged = gitTry(clone, ['merge-tree', '--write-tree', branch, cmsBranch]);
	if (merged.status !== 0) return guardMessages.conflict(branch);
	const tree = merged.stdout.split('\n')[0] ?? '';
	const dir = extractContent(clone, tree);
	try {
		const { problems } = await validateContent(join(dir, 'content'), dir);
		if (problems.length === 0) return undefined;
		return guardMessages.invalid(problems.map((p: ContentProblem) => formatProblem(p)));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Leaves no half-done merge behind (decap-server does not clean up after a failed one). */
function abortMerge(clone: string): void {
	const gitDir = git(clone, ['rev-parse', '--absolute-git-dir']);
	if (existsSync(join(gitDir, 'MERGE_HEAD'))) git(clone, ['merge', '--abort']);
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
	new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});

/** Passes a request on to decap-server; resolves once the answer has been sent back. */
function forward(upstream: string, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<number> {
	return new Promise((resolve, reject) => {
		const target = new URL(req.url ?? '/', upstream);
		const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
		const out = request(target, { method: req.method, headers }, (answer) => {
			res.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(res);
			answer.on('end', () => resolve(answer.statusCode ?? 502));
			answer.on('error', reject);
		});
		out.on('error', reject);
		out.end(body);
	});
}

/** Answers with decap-server's error shape, which Decap shows to the editor. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
	const origin = req.headers.origin;
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		...(origin && LOCAL_ORIGIN.test(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}),
	});
	res.end(JSON.stringify({ error }));
}

/** Starts the guard on `port` (0: the system picks one); resolves with the server and its port. */
export function startGuard(options: GuardOptions, port = 0): Promise<{ server: Server; port: number }> {
	const { checkout, clone, branch, upstream, log = () => {} } = options;
	let syncedAt = checkoutHead(checkout);
	let queue: Promise<unknown> = Promise.resolve();

	async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
		let action = '';
		let params: Record<string, unknown> = {};
		if (req.method === 'POST') {
			try {
				({ action = '', params = {} } = JSON.parse(body.toString() || '{}') as {
					action?: string;
					params?: Record<string, unknown>;
				});
			} catch {
				// Not JSON: decap-server answers it.
			}
		}
		if (action && action !== 'info') {
			const head = checkoutHead(checkout);
			if (head !== syncedAt) {
				log(syncClone(checkout, clone, branch).message);
				syncedAt = head;
			}
		}
		if (WRITES.has(action)) {
			const files = uncommitted(clone);
			if (files.length > 0) return refuse(req, res, 409, guardMessages.dirty(files));
		}
		if (action === 'publishUnpublishedEntry') {
			const refusal = await publishRefusal(clone, branch, String(params['collection']), String(params['slug']));
			if (refusal) {
				log(`Publiceren geweigerd: ${refusal}`);
				return refuse(req, res, 422, refusal);
			}
		}
		try {
			await forward(upstream, req, body, res);
		} finally {
			if (action === 'publishUnpublishedEntry') abortMerge(clone);
		}
	}

	const server = createServer((req, res) => {
		readBody(req)
			.then((body) => {
				// One request at a time, in the order they came.
				const turn = queue.then(() => handle(req, res, body));
				queue = turn.catch(() => {});
				return turn;
			})
			.catch((error: unknown) => {
				log(`Fout: ${error instanceof Error ? error.message : String(error)}`);
				if (!res.headersSent) refuse(req, res, 500, 'er ging iets mis in de lokale CMS-server; kijk in de terminal');
				else res.end();
			});
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			resolve({ server, port: typeof address === 'object' && address ? address.port : port });
		});
	});
}
