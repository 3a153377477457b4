/**
 * The Markdown processor for astro.config.mjs: Astro's unified() pipeline with
 * our plugins (src/markdown/pipeline.ts), with `.md` files rendered in worker
 * threads on large sites.
 *
 * Why: Astro's content sync renders every entry on the main thread, most of a
 * large build, while a second core waits. Astro's glob loader already renders
 * several entries at once, so a small pool of workers, each running Astro's own
 * renderer with the same plugins, keeps every core busy while the main thread
 * parses frontmatter and stores results. The HTML is the same as on the main
 * thread (tests/markdown/processor.test.ts and tests/large-site.test.ts).
 *
 * A worker cannot be handed plugin functions, so it rebuilds the pipeline from
 * pipeline.ts. When an integration has added plugins through
 * `processor.options` (the way Astro extends a processor), the pool does not
 * start: it warns, and Astro's renderer runs on the main thread with every plugin.
 *
 * MDX is compiled by Vite as before. Small sites (under 300 Markdown files),
 * one core, `IW_MARKDOWN_WORKERS=0` and the dev server (entries change one at
 * a time) render on the main thread.
 */
import { unified } from '@astrojs/markdown-remark';
import type { AstroMarkdownOptions, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentRoot } from '../lib/content-root.ts';
import { collectionNames } from '../schemas/common.ts';
import { loadGlossaryTerms } from './glossary-terms.ts';
import { markdownOptions } from './pipeline.ts';
import { loadProtectedNames } from './protected-names.ts';
import type { RenderJob, RenderWorkerData } from './render-worker.ts';

type Processor = ReturnType<typeof unified>;
type Options = Processor['options'];
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

/** Below this many Markdown files, starting the workers costs more than it saves. */
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

/** Options of the processor that are plugin lists: functions, which a worker cannot be sent. */
const PLUGIN_LISTS = ['remarkPlugins', 'rehypePlugins', 'recmaPlugins'] as const;

/** A plugin's name for a message: its function name or module specifier. */
function pluginName(entry: unknown): string {
	const plugin: unknown = Array.isArray(entry) ? entry[0] : entry;
	if (typeof plugin === 'string') return plugin;
	return typeof plugin === 'function' && plugin.name ? plugin.name : '(anonymous)';
}

/**
 * What the workers need besides the glossary: Astro's shared options and the
 * processor's settings other than plugins (`remarkRehype`, `gfm`, …), or why
 * the workers cannot render what `options` asks for: plugin lists that are not
 * pipeline.ts's own (`own`, as unified() copied them), or settings that cannot
 * be sent to a thread. MDX-only `recmaPlugins` do not matter here.
 */
function workerSettings(
	options: Options,
	own: Pick<Options, 'remarkPlugins' | 'rehypePlugins'>,
	shared: AstroMarkdownOptions,
): { data: Omit<RenderWorkerData, 'terms' | 'protectedNames'> } | { refusal: string } {
	const changed = (['remarkPlugins', 'rehypePlugins'] as const).filter((list) => {
		const ours: readonly unknown[] = own[list];
		const theirs: readonly unknown[] = options[list];
		return theirs.length !== ours.length || theirs.some((entry, i) => entry !== ours[i]);
	});
	const added = changed.flatMap((list) =>
		(options[list] as readonly unknown[])
			.filter((entry) => !(own[list] as readonly unknown[]).includes(entry))
			.map((entry) => `${list}: ${pluginName(entry)}`),
	);
	if (added.length > 0)
		return {
			refusal: `plugins were added through processor.options, which a worker cannot load (${added.join(', ')})`,
		};
	if (changed.length > 0)
		return { refusal: `processor.options.${changed.join(' and ')} were changed, which a worker cannot follow` };
	const settings = Object.fromEntries(
		Object.entries(options).filter(([key]) => !(PLUGIN_LISTS as readonly string[]).includes(key)),
	);
	try {
		return { data: structuredClone({ shared: shared as Record<string, unknown>, settings }) };
	} catch (error) {
		return { refusal: `its options cannot be sent to a worker thread (${(error as Error).message})` };
	}
}

/** A pool of render workers; each job goes to the worker with the fewest jobs waiting. */
export class RenderPool implements MarkdownRenderer {
	readonly #workers: Slot[];
	readonly #waiting = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void; slot: Slot }>();
	#next = 0;

	constructor(size: number, workerData: RenderWorkerData, script = new URL('./render-worker.ts', import.meta.url)) {
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

/** Where the processor reports whether the workers run; the build log shows it. */
interface Log {
	info(message: string): void;
	warn(message: string): void;
}
const PREFIX = '[implementatiewiki:markdown]';
const consoleLog: Log = {
	info: (message) => console.info(`${PREFIX} ${message}`),
	warn: (message) => console.warn(`${PREFIX} ${message}`),
};

/** `markdown.processor` for astro.config.mjs; `workers` defaults to `workerCount()` for the content folder. */
export function markdownProcessor({
	workers = workerCount(countMarkdownFiles()),
	log = consoleLog,
}: { workers?: number; log?: Log } = {}): Processor {
	// Read once here; the workers get this copy.
	const terms = loadGlossaryTerms();
	const protectedNames = loadProtectedNames();
	const own = markdownOptions(terms, undefined, protectedNames);
	const base = unified(own);
	if (workers === 0) return base;
	// Astro asks for a renderer per collection; they all share one pool.
	const pools = new Map<string, RenderPool>();
	let warned = false;
	const processor: Processor = {
		...base,
		async createRenderer(shared) {
			// The dev server renders one changed entry at a time: no pool needed there.
			if (process.env['NODE_ENV'] === 'development') return base.createRenderer(shared);
			const plan = workerSettings(processor.options, own, shared);
			if ('refusal' in plan) {
				if (!warned) log.warn(`Markdown render workers not started: ${plan.refusal}; rendering on the main thread.`);
				warned = true;
				return base.createRenderer(shared);
			}
			const key = JSON.stringify(plan.data);
			let pool = pools.get(key);
			if (!pool) {
				pool = new RenderPool(workers, { ...plan.data, terms, protectedNames });
				pools.set(key, pool);
				log.info(`rendering Markdown in ${workers} worker threads`);
			}
			return pool;
		},
	};
	return processor;
}
