// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cmsBundle from './src/integrations/cms-bundle.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';
import { defineConfig } from 'astro/config';
import * as csp from './src/lib/csp.ts';
import { astroMarkdownSettings } from './src/markdown/pipeline.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { envValue } from './src/lib/env.ts';
import { repoSettings } from './src/lib/repo.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';

// The public address of the site (SITE_URL; blank or unset: the default); canonical URLs, the sitemap and feeds use it.
const site = repoSettings().siteUrl;
const cacheDir = envValue('ASTRO_CACHE_DIR');

export default defineConfig({
	site,
	trailingSlash: 'always',
	// No inline styles or scripts, so the CSP can stay at 'self' (see src/lib/csp.ts).
	// Four pages in flight: with one page at a time the main thread sat idle while each page
	// was written (docs/performance.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// The CMS clone of `npm run cms` (.cms/) is a whole copy of the project: not watched.
	vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/.cms/**'] } } },
	security: {
		csp: {
			directives: [...csp.directives],
			scriptDirective: { resources: csp.scriptResources },
			styleDirective: { resources: csp.styleResources },
		},
	},
	// Astro 7's default processor (Sätteri) ignores remark plugins; unified runs them
	// (with our plugins, in worker threads: src/markdown/processor.ts).
	markdown: { ...astroMarkdownSettings, processor: markdownProcessor() },
	integrations: [mdx(), sitemap(sitemapOptions(contentRoot())), cmsBundle(), dataStoreFile()],
	devToolbar: { enabled: false },
	// scripts/build.ts gives builds of test content their own cache.
	...(cacheDir ? { cacheDir } : {}),
});
