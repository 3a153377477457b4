/**
 * Building blocks shared by every content schema. Each collection schema in this
 * folder composes these instead of redefining them, so a rule (what a valid date
 * or URL is) lives in exactly one place.
 */
import { z } from 'astro/zod';

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

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, written as YYYY-MM-DD. Astro's YAML parser turns such text
 * into a Date (and silently rolls `2026-13-45` over into 2027); the validator
 * keeps dates as text, so the strict calendar check below catches that case.
 */
export const isoDate = z
	.preprocess(
		(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
		z
			.string({ error: 'expected a date as YYYY-MM-DD' })
			.refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }),
	)
	.transform((value) => new Date(`${value}T00:00:00Z`))
	.meta({ format: 'date' });

/** A web address; only http and https, so `javascript:` and `data:` never reach a link. */
export const httpUrl = z.url({
	protocol: /^https?$/,
	error: 'expected a web address starting with http:// or https://',
});

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
				message: 'expected a section that says what the editors added, for a source of kind redactie',
			});
		if (source.url !== undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['url'],
				message: "expected no url for a source of kind redactie: the editors' own advice has no web address",
			});
	});

/** The documents an entry is based on; at least one, so every claim is traceable. */
export const sourcesSchema = z
	.array(sourceSchema)
	.min(1, { message: 'expected at least one source' })
	.describe('Bronnen waarop deze pagina is gebaseerd');

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

/** A list of non-empty strings, e.g. aliases or themes. */
export const stringList = z.array(z.string().trim().min(1));

/** Hides an entry from the site, search and exports while it is being written. */
export const draftField = z.boolean().default(false).describe('Concept: nog niet publiceren');

/**
 * Lets an author switch off automatic glossary links for one page (for example
 * a page that quotes a source word for word). Leave it out to keep the links.
 */
export const autolinkField = z
	.boolean()
	.optional()
	.describe('Begrippen in de tekst automatisch linken naar de begrippenlijst (zet op false om dat uit te zetten)');
