// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { loadGlossaryTerms } from './src/markdown/glossary-terms.ts';
import remarkGlossaryLinks from './src/markdown/remark-glossary-links.ts';

// The public address of the site; canonical URLs, the sitemap and feeds use it.
const site = process.env.SITE_URL ?? 'https://implementatiewiki.nl';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Astro 7's default processor (Sätteri) ignores remark plugins; unified runs them.
	markdown: {
		processor: unified({
			// Glossary terms are read once here; the plugin compiles one matcher for them.
			remarkPlugins: [remarkGfm, [remarkGlossaryLinks, { terms: loadGlossaryTerms() }]],
		}),
	},
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
