/**
 * Building blocks shared by every content schema. Each collection schema in this
 * folder composes these instead of redefining them, so a rule (what a valid date
 * or URL is) lives in exactly one place.
 */
import { z } from 'astro/zod';
import { isStopWord } from '../lib/stopwords.ts';
import { ruleMessages } from './messages.ts';

/** Names of the content collections, in the order the site presents them. */
export const collectionNames = [
	'stappen',
	'begrippen',
	'tools',
	'trainingen',
	'rapporten',
	'werkgroepen',
	'netwerken',
	'organisaties',
	'paginas',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Builds the schema for a reference to another collection. Astro passes its own
 * `reference()`; the validator and the CMS generator pass a plain slug schema
 * tagged with the target collection, so all three read the same schema.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType;

/** Metadata key under which a slug reference records its target collection. */
export interface ReferenceMeta {
	reference: CollectionName;
}

/** A reference as a bare slug, tagged with its target, for use outside Astro. */
export const slugRef: RefFactory = (collection) =>
	z
		.string()
		.min(1)
		.meta({ reference: collection } satisfies ReferenceMeta);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest and latest year a date or a year field may have: wide enough for any real source, narrow enough to catch typos. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, written as YYYY-MM-DD, in a sane year. Astro's YAML parser
 * (js-yaml) turns such text into a Date and silently rolls `2026-02-30` over
 * into March (and `0001-01-01` into 1901); the validator's loader keeps a date
 * that would roll over as text (src/lib/validation/load.ts), so the calendar
 * check below catches it.
 */
export const isoDate = z
	.preprocess(
		(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
		z
			.string({ error: ruleMessages.date })
			.refine((value) => ISO_DATE.test(value), { message: ruleMessages.date, abort: true })
			.refine(isIsoDate, { message: ruleMessages.noSuchDate, abort: true })
			.refine(
				(value) => {
					const year = Number(value.slice(0, 4));
					return year >= YEAR_MIN && year <= YEAR_MAX;
				},
				{ message: ruleMessages.yearRange(YEAR_MIN, YEAR_MAX) },
			),
	)
	.transform((value) => new Date(`${value}T00:00:00Z`))
	.meta({ format: 'date' });

/**
 * Why a web address is refused, or undefined when it is fine. Parsed with
 * `URL` and compared with what the browser would show: an address with a name
 * or password (`https://implementatiewiki.nl@evil.example/`), a backslash,
 * spaces, or a look-alike (non-ASCII) host does not survive that unchanged.
 */
export function urlProblem(value: string): string | undefined {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return ruleMessages.url;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return ruleMessages.url;
	if (url.username || url.password || /^[a-z]+:\/\/[^/?#\\]*@/i.test(value)) return ruleMessages.urlCredentials;
	// The browser's form of the same address; `https://example.org` only gains its final slash.
	if (url.href !== value && url.href !== `${value}/`) return ruleMessages.urlNotAsShown(url.href);
	return undefined;
}

/** A web address: only http and https, so `javascript:` and `data:` never reach a link, and written as a browser shows it. */
export const httpUrl = z
	.url({
		protocol: /^https?$/,
		error: ruleMessages.url,
	})
	.superRefine((value, ctx) => {
		const problem = urlProblem(value);
		// A malformed address or another scheme: z.url() above has said so already.
		if (problem && problem !== ruleMessages.url) ctx.addIssue({ code: 'custom', message: problem, input: value });
	});

/** Most items in a list of references: far above any real entry (a step lists about 50 terms), low enough to stop a pasted dump. */
export const MAX_REFERENCES = 250;
/** Most items in any other list. */
export const MAX_LIST_ITEMS = 100;

/** The id a list item is compared by: a slug, or the `id` of a resolved Astro reference. */
const itemKey = (item: unknown): string =>
	item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : String(item);

/** A list of enum values (audiences, sectors): each value once. */
export const enumList = <E extends z.ZodType>(values: E) =>
	z.array(values).max(MAX_LIST_ITEMS).superRefine(noDuplicates);

/** Reports every item that already appeared earlier in the list (compared without regard to case). */
export function noDuplicates(items: readonly unknown[], ctx: z.core.$RefinementCtx<unknown[]>): void {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		const key = itemKey(item).toLocaleLowerCase('nl');
		if (seen.has(key)) ctx.addIssue({ code: 'custom', message: ruleMessages.duplicate(itemKey(item)), path: [index] });
		seen.add(key);
	});
}

/** A list of references to `collection`: unique, and not endless. */
export const referenceList = <R extends z.ZodType>(ref: R) =>
	z.array(ref).max(MAX_REFERENCES).superRefine(noDuplicates);

/**
 * Kinds of sources besides a document. `redactie`: the editors' own practical
 * advice or explanation, so a reader can tell it apart from what a source says.
 */
export const sourceKindEnum = z.enum(['redactie']).describe('Soort bron');
export type SourceKind = z.infer<typeof sourceKindEnum>;

/** One source document that an entry draws on. */
export const sourceSchema = z
	.strictObject({
		/** Title of the source document. */
		title: z.string().min(1).describe('Titel van het brondocument'),
		/** Not a document but the editors' own advice (`redactie`); leave out for a document. */
		kind: sourceKindEnum
			.optional()
			.describe('Soort bron: redactie = eigen uitleg of praktisch advies van de redactie; leeg voor een document'),
		/** Section or chapter within the document; for `redactie`, what the editors added. */
		section: z.string().min(1).optional().describe('Hoofdstuk of paragraaf in het document'),
		/** Public address of the document, if known. */
		url: httpUrl.optional().describe('Webadres van het document (alleen als het zeker klopt)'),
	})
	// The editors' own advice must say what they added, and has no document to link to.
	.superRefine((source, ctx) => {
		if (source.kind !== 'redactie') return;
		if (source.section === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['section'],
				message: ruleMessages.redactieSection,
			});
		if (source.url !== undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['url'],
				message: ruleMessages.redactieUrl,
			});
	});

/** The documents an entry is based on; at least one, so every claim is traceable. */
export const sourcesSchema = z
	.array(sourceSchema)
	.min(1, { message: ruleMessages.oneSource })
	.max(MAX_LIST_ITEMS)
	.describe('Bronnen waarop deze pagina is gebaseerd');

/**
 * Words that bound a number the source gives only roughly ("meer dan 90%",
 * "ruim 100"). Wherever the number is shown, the word stays in front of it, so
 * a bound is never read as an exact count.
 */
export const valueQualifierEnum = z
	.enum(['meer dan', 'minder dan', 'ruim', 'ongeveer', 'minimaal'])
	.describe('Het getal is een grens of een schatting: het woord dat de bron ervoor zet');
export type ValueQualifier = z.infer<typeof valueQualifierEnum>;

/** A short name for use inside one file, such as the id of a chart: lower-case letters, digits and hyphens. */
export const localId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: ruleMessages.localId })
	.describe('Korte naam: kleine letters, cijfers en streepjes');

/** Target audiences shared by tools and trainings. */
export const audienceEnum = z
	.enum(['zorgprofessional', 'implementatiedeskundige', 'onderzoeker', 'beleid'])
	.describe('Doelgroep');

/** Sectors a tool applies to. */
export const sectorEnum = z
	.enum([
		'zorg',
		'preventie',
		'welzijn',
		'jeugd',
		'ggz',
		'ziekenhuiszorg',
		'langdurige-zorg',
		'eerstelijnszorg',
		'sociaal-domein',
		'alle',
	])
	.describe('Sector');

/** Whether using a tool or training costs money. */
export const costEnum = z.enum(['gratis', 'betaald', 'onbekend']).describe('Kosten');

/** A list of non-empty strings, e.g. aliases or themes; each item once. */
export const stringList = z.array(z.string().trim().min(1)).max(MAX_LIST_ITEMS).superRefine(noDuplicates);

/**
 * A glossary name (a term or an alias) that is not a stop word: the glossary
 * links every mention of a name, and "de" or "een" would be linked on nearly
 * every page. The list is the one search uses (src/lib/stopwords.ts).
 */
export const glossaryName = z
	.string()
	.trim()
	.min(1)
	.superRefine((value, ctx) => {
		if (isStopWord(value)) ctx.addIssue({ code: 'custom', message: ruleMessages.stopWord(value), input: value });
	});

/**
 * Everyday words people search with when they do not know the term or the
 * tool's name ("volhouden" for borging). Search reads them
 * (src/components/SearchData.astro); pages do not show them and the glossary
 * does not link them. An editorial aid, not a claim: no source needed.
 */
export const searchTermsField = stringList
	.default([])
	.describe('Zoekwoorden: woorden in gewone taal waarmee mensen dit zoeken (niet zichtbaar op de pagina)');

/** Hides an entry from the site, search and exports while it is being written. */
export const draftField = z.boolean().default(false).describe('Verborgen: nog niet op de site tonen');

/**
 * Proper names on a page that no organisation, network or report page holds
 * (a law, a programme, a book): the glossary links nothing inside them. Names
 * of those pages are protected already (src/markdown/protected-names.ts).
 */
export const properNamesField = stringList
	.optional()
	.describe('Eigennamen in de tekst (wet, programma, boek) waarin geen begrip gelinkt mag worden');

/**
 * Lets an author switch off automatic glossary links for one page (for example
 * a page that quotes a source word for word). Leave it out to keep the links.
 */
export const autolinkField = z
	.boolean()
	.optional()
	.describe('Begrippen in de tekst automatisch linken naar de begrippenlijst (zet op false om dat uit te zetten)');
