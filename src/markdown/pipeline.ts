/**
 * The site's Markdown options in one place: the remark/rehype plugins and the
 * switches for Astro's unified() processor. astro.config.mjs uses them, and so
 * does every render worker (src/markdown/render-worker.ts), which must build
 * exactly the same pipeline in its own thread.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/internal-helpers/markdown';
import remarkGfm from 'remark-gfm';
import { loadGlossaryTerms } from './glossary-terms.ts';
import { loadProtectedNames } from './protected-names.ts';
import rehypeSafeHtml, { type SafeHtmlOptions } from './rehype-safe-html.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';
import remarkGlossaryLinks, { type GlossaryTerm } from './remark-glossary-links.ts';

/**
 * The options, for the glossary `terms` (read from the content folder when not
 * given). The render workers are handed the terms the main thread read, so the
 * glossary files are parsed once per build instead of once per thread.
 * `safeHtml` lets `npm run validate` hear what the sanitiser removes; the
 * pipeline is otherwise the build's own.
 */
export function markdownOptions(
	terms: GlossaryTerm[] = loadGlossaryTerms(),
	safeHtml?: SafeHtmlOptions,
	protectedNames: string[] = loadProtectedNames(),
): {
	smartypants: false;
	remarkPlugins: RemarkPlugins;
	rehypePlugins: RehypePlugins;
} {
	return {
		// Smart quotes cost a retext parse of every text node, a large share of
		// the Markdown time. Writers type the quotes they want.
		smartypants: false,
		// The plugin compiles one matcher for the terms and the proper names it must leave whole.
		remarkPlugins: [remarkGfm, [remarkGlossaryLinks, { terms, protectedNames }]],
		// Tables get their scroll region after the sanitiser, which would strip its role and tabindex.
		rehypePlugins: [safeHtml ? [rehypeSafeHtml, safeHtml] : rehypeSafeHtml, rehypeTableScroll],
	};
}

/**
 * Astro's own Markdown settings, next to `processor` in astro.config.mjs (MDX
 * inherits them too). No syntax highlighting: Shiki colours code with inline
 * `style` attributes, which the CSP would block and rehype-safe-html strips,
 * so its work was thrown away, and it cost code blocks their `language-*`
 * class. A code block is plain `<pre><code>`, styled by the site's CSS.
 */
export const astroMarkdownSettings = { syntaxHighlight: false } as const;
