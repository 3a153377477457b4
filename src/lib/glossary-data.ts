/** Published terms as export records, for the glossary pages and the open-data routes. */
import { published } from './content.ts';
import { toExportTerm, type ExportTerm } from './glossary-export.ts';

/** Every published term as an export record, sorted by term. */
export async function exportTerms(site: URL | undefined): Promise<ExportTerm[]> {
	const base = site ?? 'https://implementatiewiki.nl';
	return (await published('begrippen')).map((e) => toExportTerm(e.id, e.data as Record<string, unknown>, base));
}
