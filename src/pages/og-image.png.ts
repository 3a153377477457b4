/** The default social image (OpenGraph, Twitter), rendered from `src/assets/social.svg` at build time. */
import type { APIRoute } from 'astro';
import svg from '../assets/social.svg?raw';
import { pngResponse, renderPng } from '../lib/images.ts';

export const GET: APIRoute = async () => pngResponse(await renderPng(svg, 1200, 630));
