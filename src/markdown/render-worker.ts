/**
 * One Markdown render worker (see src/markdown/processor.ts): builds the same
 * pipeline as the main thread and renders the entries it is sent.
 */
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownOptions } from './pipeline.ts';
import { resolveRehypeRaw } from './rehype-raw-when-needed.ts';
import type { GlossaryTerm } from './remark-glossary-links.ts';

// Before Astro's processor is loaded: its closing rehype-raw skips trees that
// held no raw HTML (see rehype-raw-when-needed.ts). Node before 22.15 has no
// registerHooks; the processor then runs as it comes.
if (typeof registerHooks === 'function') registerHooks({ resolve: resolveRehypeRaw });
const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');

/** One job from the pool. */
export interface RenderJob {
	id: number;
	content: string;
	frontmatter: Record<string, unknown>;
	fileURL?: string;
}

/** What the pool hands every worker: Astro's shared options and the glossary the main thread read. */
export interface RenderWorkerData {
	shared: Record<string, unknown>;
	terms: GlossaryTerm[];
}

const { shared, terms } = workerData as RenderWorkerData;
const options = markdownOptions(terms);
const processor = await createMarkdownProcessor({
	...shared,
	// As unified().createRenderer() merges them: the processor's own options win.
	remarkPlugins: options.remarkPlugins,
	rehypePlugins: options.rehypePlugins,
	smartypants: options.smartypants,
});

parentPort?.on('message', async (job: RenderJob) => {
	try {
		const result = await processor.render(job.content, {
			frontmatter: job.frontmatter,
			...(job.fileURL ? { fileURL: new URL(job.fileURL) } : {}),
		});
		parentPort?.postMessage({ id: job.id, result });
	} catch (error) {
		const { message, stack } = error instanceof Error ? error : new Error(String(error));
		parentPort?.postMessage({ id: job.id, error: { message, stack } });
	}
});
