/** The web app manifest, so the site can be installed and opened offline. */
import type { APIRoute } from 'astro';
import { APP_ICONS, THEME_COLOR } from '../lib/icons.ts';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			{
				name: 'Implementatiewiki',
				short_name: 'Impl.wiki',
				description: 'Open kennisbank over implementatie in zorg, preventie en welzijn.',
				lang: 'nl',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: THEME_COLOR,
				icons: APP_ICONS.filter((icon) => icon.name !== 'apple-touch-icon').map((icon) => ({
					src: `/icons/${icon.name}.png`,
					sizes: `${icon.size}x${icon.size}`,
					type: 'image/png',
					purpose: icon.purpose,
				})),
			},
			null,
			'\t',
		),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
