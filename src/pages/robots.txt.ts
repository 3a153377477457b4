/** robots.txt, generated so the sitemap address follows the configured site. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
	new Response(
		[
			'User-agent: *',
			'Allow: /',
			'Disallow: /admin/',
			'',
			`Sitemap: ${new URL('/sitemap-index.xml', site).href}`,
			'',
		].join('\n'),
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
