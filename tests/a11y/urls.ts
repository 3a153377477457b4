/** The pages the accessibility sweeps visit: every URL in the sitemap, plus the utility pages it leaves out. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Utility pages that are not in the sitemap but that readers still see. */
const UTILITY = ['/zoeken/', '/404.html', '/offline/', '/handleiding/printen/'];

export function sweepUrls(dist = 'dist'): string[] {
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
	const fromSitemap = sitemaps.flatMap((file) =>
		[...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1] ?? '').pathname,
		),
	);
	const utility = UTILITY.filter((url) =>
		existsSync(url.endsWith('/') ? join(dist, url, 'index.html') : join(dist, url)),
	);
	return [...new Set([...fromSitemap, ...utility])];
}
