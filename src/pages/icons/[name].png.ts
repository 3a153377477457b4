/** App icons for the manifest, rendered at build time from the one source SVG (`public/favicon.svg`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import svg from '../../../public/favicon.svg?raw';
import { APP_ICONS, THEME_COLOR, type AppIcon } from '../../lib/icons.ts';
import { pngResponse, renderMaskablePng, renderPng } from '../../lib/images.ts';

export const getStaticPaths = (() =>
	APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props: { icon } }) =>
	pngResponse(
		icon.purpose === 'maskable'
			? await renderMaskablePng(svg, icon.size, THEME_COLOR)
			: await renderPng(svg, icon.size),
	);
