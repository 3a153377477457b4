/** `/begrippen.ttl`: the glossary as a SKOS concept scheme in Turtle (CC BY 4.0). */
import type { APIRoute } from 'astro';
import { exportTerms } from '../lib/glossary-data.ts';
import { glossaryTurtle } from '../lib/glossary-export.ts';

export const GET: APIRoute = async ({ site }) => {
	const base = site ?? 'https://implementatiewiki.nl';
	return new Response(await glossaryTurtle(await exportTerms(site), base), {
		headers: { 'Content-Type': 'text/turtle; charset=utf-8' },
	});
};
