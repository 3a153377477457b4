// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentRoot } from './src/lib/content-root.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';

// The public address of the site; canonical URLs, the sitemap and feeds use it.
const site = process.env.SITE_URL ?? 'https://implementatiewiki.nl';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Astro 7's default processor (Sätteri) ignores remark plugins; unified runs them.
	markdown: {
		processor: unified({
			remarkPlugins: [remarkGfm],
		}),
	},
	integrations: [mdx(), sitemap(sitemapOptions(contentRoot()))],
	devToolbar: { enabled: false },
});
