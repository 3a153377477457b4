/** `/begrippen.json`: the glossary as open data (CC BY 4.0). */
import type { APIRoute } from 'astro';
import pkg from '../../package.json';
import { exportTerms } from '../lib/glossary-data.ts';
import { glossaryJson } from '../lib/glossary-export.ts';

export const GET: APIRoute = async ({ site }) => {
	const terms = await exportTerms(site);
	const body = glossaryJson(terms, {
		version: pkg.version,
		generated: new Date(),
		site: site ?? 'https://implementatiewiki.nl',
	});
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
