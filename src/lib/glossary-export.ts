/**
 * The glossary as open data: JSON, CSV (RFC 4180, via csv-stringify), SKOS
 * Turtle (via n3's writer) and schema.org JSON-LD. Pure functions on plain
 * term records, so tests can parse the output back; the routes
 * `/begrippen.json`, `/begrippen.csv` and `/begrippen.ttl` and the glossary
 * pages call them. The fields come from the begrip schema, so a new field is
 * exported without touching this file (only CSV flattens values to text).
 */
import { stringify } from 'csv-stringify/sync';
import { DataFactory, Writer, type Quad_Object } from 'n3';
import { begripSchema } from '../schemas/begrip.ts';
import { slugRef } from '../schemas/common.ts';
import { shapeOf } from '../schemas/introspect.ts';

/** Licence of the glossary data. */
export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
/** Name of the glossary as a dataset. */
export const GLOSSARY_NAME = 'Begrippenlijst van de Implementatiewiki';

/** Frontmatter fields that are exported; `draft`, `autolink` and `properNames` only steer the site. */
export const EXPORT_FIELDS = Object.keys(shapeOf(begripSchema(slugRef)) ?? {}).filter(
	(field) => field !== 'draft' && field !== 'autolink' && field !== 'properNames',
);

/** One published term as exported: its slug, URL and frontmatter with references as slugs and dates as text. */
export interface ExportTerm {
	slug: string;
	url: string;
	term: string;
	aliases: string[];
	english: string[];
	/** Everyday search words: SKOS hidden labels, for search only. */
	searchTerms: string[];
	definition: string;
	related: string[];
	steps: string[];
	sources: { title: string; section?: string; url?: string }[];
	reviewed: string;
	[field: string]: unknown;
}

const plain = (value: unknown): unknown => {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') {
		const ref = value as { collection?: unknown; id?: unknown };
		if (typeof ref.collection === 'string' && typeof ref.id === 'string') return ref.id;
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	}
	return value;
};

/** Turns a term entry (Astro's parsed frontmatter) into an export record. */
export function toExportTerm(slug: string, data: Record<string, unknown>, site: URL | string): ExportTerm {
	const fields = Object.fromEntries(EXPORT_FIELDS.filter((f) => data[f] !== undefined).map((f) => [f, plain(data[f])]));
	return { slug, url: new URL(`/begrippen/${slug}/`, site).href, ...fields } as ExportTerm;
}

/** `/begrippen.json`: every term with all its fields, plus version and generation date. */
export function glossaryJson(
	terms: readonly ExportTerm[],
	meta: { version: string; generated: Date; site: URL | string },
) {
	return {
		name: GLOSSARY_NAME,
		url: new URL('/begrippen/', meta.site).href,
		license: LICENSE.url,
		version: meta.version,
		generated: meta.generated.toISOString(),
		count: terms.length,
		terms,
	};
}

/**
 * A CSV cell that a spreadsheet would not run as a formula. Following OWASP's
 * guidance on CSV injection, a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading `'`, which spreadsheets show as text;
 * the quoting (csv-stringify) keeps the rest of the cell intact.
 */
export const neutraliseCell = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * Flattens a term to text columns for CSV: lists joined with "; ", sources as
 * "title, section (url)", every cell neutralised against formula injection.
 */
export function csvRecords(terms: readonly ExportTerm[]): Record<string, string>[] {
	const text = (value: unknown): string => {
		if (value === undefined || value === null) return '';
		if (Array.isArray(value)) return value.map(text).join('; ');
		if (typeof value === 'object') {
			const { title, section, url } = value as { title?: string; section?: string; url?: string };
			return `${title ?? ''}${section ? `, ${section}` : ''}${url ? ` (${url})` : ''}`;
		}
		return String(value);
	};
	return terms.map((t) =>
		Object.fromEntries(['slug', 'url', ...EXPORT_FIELDS].map((f) => [f, neutraliseCell(text(t[f]))])),
	);
}

/** `/begrippen.csv`: UTF-8 with a header row, CRLF line ends and RFC 4180 quoting. */
export function glossaryCsv(terms: readonly ExportTerm[]): string {
	return stringify(csvRecords(terms), {
		header: true,
		columns: ['slug', 'url', ...EXPORT_FIELDS],
		record_delimiter: 'windows',
		quoted_match: /[",\r\n;\t']/,
	});
}

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** `/begrippen.ttl`: a SKOS concept scheme with one concept per term. */
export function glossaryTurtle(terms: readonly ExportTerm[], site: URL | string): Promise<string> {
	const { namedNode, literal, quad } = DataFactory;
	const scheme = namedNode(new URL('/begrippen/', site).href);
	const writer = new Writer({ prefixes: { skos: SKOS, dct: DCT } });
	writer.addQuad(quad(scheme, namedNode(RDF_TYPE), namedNode(`${SKOS}ConceptScheme`)));
	writer.addQuad(quad(scheme, namedNode(`${DCT}title`), literal(GLOSSARY_NAME, 'nl')));
	writer.addQuad(quad(scheme, namedNode(`${DCT}license`), namedNode(LICENSE.url)));
	const known = new Set(terms.map((t) => t.slug));
	for (const t of terms) {
		const concept = namedNode(t.url);
		const add = (predicate: string, object: Quad_Object) => writer.addQuad(quad(concept, namedNode(predicate), object));
		add(RDF_TYPE, namedNode(`${SKOS}Concept`));
		add(`${SKOS}inScheme`, scheme);
		add(`${SKOS}prefLabel`, literal(t.term, 'nl'));
		for (const alias of t.aliases) add(`${SKOS}altLabel`, literal(alias, 'nl'));
		t.english.forEach((label, i) => add(`${SKOS}${i === 0 ? 'prefLabel' : 'altLabel'}`, literal(label, 'en')));
		for (const word of t.searchTerms) add(`${SKOS}hiddenLabel`, literal(word, 'nl'));
		add(`${SKOS}definition`, literal(t.definition, 'nl'));
		for (const slug of t.related) {
			if (known.has(slug)) add(`${SKOS}related`, namedNode(new URL(`/begrippen/${slug}/`, site).href));
		}
	}
	return new Promise((resolve, reject) =>
		writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
	);
}

/**
 * schema.org `DefinedTermSet` for the /begrippen/ index pages. It does not list
 * its terms: every term page's `DefinedTerm` names this set (`inDefinedTermSet`,
 * same `@id`), which says the same without making the index page grow with the
 * glossary (a list of 127 references cost 0.9 KB gzip of its HTML budget).
 */
export function definedTermSet(site: URL | string): Record<string, unknown> {
	return {
		'@type': 'DefinedTermSet',
		'@id': new URL('/begrippen/', site).href,
		name: GLOSSARY_NAME,
		url: new URL('/begrippen/', site).href,
		inLanguage: 'nl',
		license: LICENSE.url,
	};
}

/** schema.org `DefinedTerm` for one term page. */
export function definedTerm(t: ExportTerm, site: URL | string): Record<string, unknown> {
	const alternateName = [...t.aliases, ...t.english];
	return {
		'@type': 'DefinedTerm',
		'@id': t.url,
		name: t.term,
		description: t.definition,
		url: t.url,
		termCode: t.slug,
		inLanguage: 'nl',
		...(alternateName.length > 0 ? { alternateName } : {}),
		inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': new URL('/begrippen/', site).href, name: GLOSSARY_NAME },
	};
}
