// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cmsBundle from './src/integrations/cms-bundle.ts';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import * as csp from './src/lib/csp.ts';
import rehypeSafeHtml from './src/markdown/rehype-safe-html.ts';
import { loadGlossaryTerms } from './src/markdown/glossary-terms.ts';
import remarkGlossaryLinks from './src/markdown/remark-glossary-links.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';

// The public address of the site; canonical URLs, the sitemap and feeds use it.
const site = process.env.SITE_URL ?? 'https://implementatiewiki.nl';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// No inline styles or scripts, so the CSP can stay at 'self' (see src/lib/csp.ts).
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	security: {
		csp: {
			directives: [...csp.directives],
			scriptDirective: { resources: csp.scriptResources },
			styleDirective: { resources: csp.styleResources },
		},
	},
	// Astro 7's default processor (Sätteri) ignores remark plugins; unified runs them.
	markdown: {
		processor: unified({
			// Smart quotes cost a retext parse of every text node: about a third of the
			// Markdown time at 1,000 pages. Writers type the quotes they want.
			smartypants: false,
			// Glossary terms are read once here; the plugin compiles one matcher for them.
			remarkPlugins: [remarkGfm, [remarkGlossaryLinks, { terms: loadGlossaryTerms() }]],
			rehypePlugins: [rehypeSafeHtml],
		}),
	},
	integrations: [mdx(), sitemap(sitemapOptions(contentRoot())), cmsBundle()],
	devToolbar: { enabled: false },
	// scripts/build.ts gives builds of test content their own cache.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
