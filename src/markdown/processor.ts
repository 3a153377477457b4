/**
 * The Markdown processor for astro.config.mjs: Astro's unified() pipeline with
 * our plugins (src/markdown/pipeline.ts), with `.md` files rendered in worker
 * threads.
 *
 * Why: Astro's content sync renders every entry on the main thread, at about
 * 25 ms for a page of 900 words: most of a large build, with a second core idle.
 * Astro's glob loader already renders up to ten entries at once (it awaits them
 * together), so a small pool of workers, each with the same pipeline, keeps
 * every core busy while the main thread parses frontmatter and stores results.
 * The HTML is the same as on the main thread (tests render both ways).
 *
 * MDX is compiled by Vite as before. Small sites (under 300 Markdown files),
 * one core, `IW_MARKDOWN_WORKERS=0` and the dev server (entries change one at
 * a time) render on the main thread.
 */
import { unified } from '@astrojs/markdown-remark';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentRoot } from '../lib/content-root.ts';
import { collectionNames } from '../schemas/common.ts';
import { loadGlossaryTerms } from './glossary-terms.ts';
import { markdownOptions } from './pipeline.ts';
import type { GlossaryTerm } from './remark-glossary-links.ts';
import type { RenderJob, RenderWorkerData } from './render-worker.ts';

type Shared = Parameters<ReturnType<typeof unified>['createRenderer']>[0];
type Result = Awaited<ReturnType<MarkdownRenderer['render']>>;
/** One worker, the jobs it has not answered yet, and why it died, if it did. */
interface Slot {
	worker: Worker;
	pending: number;
	dead?: Error;
}
interface Reply {
	id: number;
	result?: Result;
	error?: { message: string; stack?: string };
}

/** Below this many Markdown files, starting workers (about a second each) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 300;

/**
 * Number of render workers: one per core, at most four, for a site of at least
 * `MIN_FILES_FOR_WORKERS` Markdown files; 0 means the main thread.
 * `IW_MARKDOWN_WORKERS` overrides it.
 */
export function workerCount(
	files: number,
	env: NodeJS.ProcessEnv = process.env,
	cores = availableParallelism(),
): number {
	const wanted = env['IW_MARKDOWN_WORKERS'];
	if (wanted !== undefined && /^\d+$/.test(wanted)) return Number(wanted);
	return cores > 1 && files >= MIN_FILES_FOR_WORKERS ? Math.min(cores, 4) : 0;
}

/** The `.md` files in the content folder's collections. */
function countMarkdownFiles(root = contentRoot()): number {
	return collectionNames.reduce((sum, name) => {
		const dir = join(root, name);
		return sum + (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0);
	}, 0);
}

/** A pool of render workers; each job goes to the worker with the fewest jobs waiting. */
export class RenderPool implements MarkdownRenderer {
	readonly #workers: Slot[];
	readonly #waiting = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void; slot: Slot }>();
	#next = 0;

	constructor(
		size: number,
		shared: Shared,
		terms: GlossaryTerm[],
		script = new URL('./render-worker.ts', import.meta.url),
	) {
		const workerData: RenderWorkerData = { shared: shared as RenderWorkerData['shared'], terms };
		this.#workers = Array.from({ length: size }, () => {
			const slot: Slot = { worker: new Worker(script, { workerData }), pending: 0 };
			slot.worker.on('message', (reply: Reply) => this.#settle(reply));
			slot.worker.on('error', (error) => this.#fail(slot, error));
			// An idle pool must not keep the process alive; a busy one must.
			slot.worker.unref();
			return slot;
		});
	}

	render(content: string, opts: Parameters<MarkdownRenderer['render']>[1] = {}): Promise<Result> {
		const live = this.#workers.filter((w) => !w.dead);
		const slot = live.reduce<Slot | undefined>((a, b) => (!a || b.pending < a.pending ? b : a), undefined);
		// A dead worker never answers: fail at once rather than wait forever.
		if (!slot) return Promise.reject(this.#workers[0]?.dead ?? new Error('no Markdown render workers'));
		const id = this.#next++;
		const job: RenderJob = {
			id,
			content,
			frontmatter: opts.frontmatter ?? {},
			...(opts.fileURL ? { fileURL: opts.fileURL.href } : {}),
		};
		return new Promise<Result>((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject, slot });
			if (slot.pending++ === 0) slot.worker.ref();
			slot.worker.postMessage(job);
		});
	}

	#settle(reply: Reply): void {
		const waiting = this.#waiting.get(reply.id);
		if (!waiting) return;
		this.#waiting.delete(reply.id);
		if (--waiting.slot.pending === 0) waiting.slot.worker.unref();
		if (reply.result) waiting.resolve(reply.result);
		else
			waiting.reject(
				Object.assign(new Error(reply.error?.message ?? 'Markdown render worker failed'), {
					stack: reply.error?.stack,
				}),
			);
	}

	#fail(slot: Slot, error: Error): void {
		slot.dead = error;
		for (const [id, waiting] of this.#waiting) {
			if (waiting.slot !== slot) continue;
			this.#waiting.delete(id);
			waiting.reject(error);
		}
		slot.pending = 0;
	}

	/** Stops the workers (tests). */
	async close(): Promise<void> {
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}

/** `markdown.processor` for astro.config.mjs. */
export function markdownProcessor(): ReturnType<typeof unified> {
	// Read once here; the workers get this copy.
	const terms = loadGlossaryTerms();
	const base = unified(markdownOptions(terms));
	const workers = workerCount(countMarkdownFiles());
	if (workers === 0) return base;
	// Astro asks for a renderer per collection; they all share one pool.
	const pools = new Map<string, RenderPool>();
	return {
		...base,
		async createRenderer(shared) {
			// The dev server renders one changed entry at a time: no pool needed there.
			if (process.env['NODE_ENV'] === 'development') return base.createRenderer(shared);
			const key = JSON.stringify(shared);
			let pool = pools.get(key);
			if (!pool) pools.set(key, (pool = new RenderPool(workers, shared, terms)));
			return pool;
		},
	};
}
