/**
 * One Markdown render worker (see src/markdown/processor.ts): Astro's own
 * renderer, `unified(options).createRenderer(shared)`, with the pipeline's
 * plugins and the settings the main thread sent, rendering the entries it is
 * sent.
 */
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import { markdownOptions } from './pipeline.ts';
import { resolveRehypeRaw } from './rehype-raw-when-needed.ts';
import type { GlossaryTerm } from './remark-glossary-links.ts';

// Before Astro's processor is loaded: its closing rehype-raw skips trees that
// held no raw HTML (see rehype-raw-when-needed.ts).
registerHooks({ resolve: resolveRehypeRaw });
const { unified } = await import('@astrojs/markdown-remark');

/** One job from the pool. */
export interface RenderJob {
	id: number;
	content: string;
	frontmatter: Record<string, unknown>;
	fileURL?: string;
}

/** What the pool hands every worker. */
export interface RenderWorkerData {
	/** Astro's options for `createRenderer`. */
	shared: Record<string, unknown>;
	/** The processor's options other than plugin lists (`remarkRehype`, `gfm`, `smartypants`, …). */
	settings: Record<string, unknown>;
	/** The glossary the main thread read. */
	terms: GlossaryTerm[];
	/** The proper names the main thread read, which the glossary links leave whole. */
	protectedNames: string[];
}

const { shared, settings, terms, protectedNames } = workerData as RenderWorkerData;
const renderer = await unified({ ...markdownOptions(terms, undefined, protectedNames), ...settings }).createRenderer(
	shared as AstroMarkdownOptions,
);

parentPort?.on('message', async (job: RenderJob) => {
	try {
		const result = await renderer.render(job.content, {
			frontmatter: job.frontmatter,
			...(job.fileURL ? { fileURL: new URL(job.fileURL) } : {}),
		});
		parentPort?.postMessage({ id: job.id, result });
	} catch (error) {
		const { message, stack } = error instanceof Error ? error : new Error(String(error));
		parentPort?.postMessage({ id: job.id, error: { message, stack } });
	}
});
