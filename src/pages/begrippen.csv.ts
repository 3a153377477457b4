/** `/begrippen.csv`: the glossary as CSV (UTF-8, RFC 4180; CC BY 4.0). */
import type { APIRoute } from 'astro';
import { exportTerms } from '../lib/glossary-data.ts';
import { glossaryCsv } from '../lib/glossary-export.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(glossaryCsv(await exportTerms(site)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
