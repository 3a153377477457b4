/**
 * The maintenance report for editors (`npm run report` and /redactie/onderhoud/):
 * what needs attention in the content. `npm run report` reads the content the
 * way the validator does, so it works on any content folder, also a broken
 * one; the site's page starts from the entries Astro already loaded.
 * - stale: `reviewed` plus the collection's review interval lies before today;
 * - orphans: published entries that no other entry refers to, and that refer to no
 *   page that lists its referrers (SHOWN_REFERRERS);
 * - unused terms: terms that no entry refers to and no other text mentions
 *   (as whole words, where the auto-linker would link them);
 * - without sources: entries with no `sources`;
 * - broken references: references to missing or draft entries.
 */
import { collections, type CollectionName } from '../schemas/index.ts';
import { referenceFields } from '../schemas/introspect.ts';
import { resolve } from 'node:path';
import {
	checkEntries,
	checkReferences,
	compareProblems,
	validationSchema,
	type ParsedEntry,
} from './validation/check.ts';
import { compareCodeUnits } from './compare.ts';
import { displayPath, loadContent, readBody } from './validation/load.ts';
import { formatProblem, type ContentProblem } from '../schemas/errors.ts';
import { entryUrl } from './urls.ts';
import { createGlossaryMatcher } from '../markdown/remark-glossary-links.ts';

/**
 * Whose references each collection's pages list in full ("Netwerken in dit rapport",
 * "Organisaties die de bronnen met dit netwerk verbinden"…): an entry that refers to
 * one of those pages is linked from it, so it is no orphan. Term, tool and step pages
 * cap their "Genoemd in" lists, so they do not count. A build test holds the pages to this table.
 */
export const SHOWN_REFERRERS: Partial<Record<CollectionName, readonly CollectionName[]>> = {
	werkgroepen: ['trainingen', 'netwerken', 'organisaties'],
	rapporten: ['netwerken', 'organisaties'],
	netwerken: ['netwerken', 'organisaties'],
	organisaties: ['netwerken'],
	tools: ['begrippen'],
};

/** True when pages of `target` list the entries of `from` that refer to them. */
export const showsReferrers = (target: CollectionName, from: CollectionName): boolean =>
	SHOWN_REFERRERS[target]?.includes(from) ?? false;

/** Months after `reviewed` before an entry counts as stale, unless its collection is listed below. */
export const DEFAULT_REVIEW_MONTHS = 12;

/** Review interval per collection, in months; set one here to check a collection more (or less) often. */
export const REVIEW_MONTHS: Partial<Record<CollectionName, number>> = {};

export interface ReportOptions {
	/** The date to measure staleness against; today unless a test fixes it. */
	today?: Date;
	/** Review intervals per collection; defaults to REVIEW_MONTHS. */
	reviewMonths?: Partial<Record<CollectionName, number>>;
}

/** One entry in the report. */
export interface ReportEntry {
	collection: CollectionName;
	file: string;
	title: string;
	url: string | null;
	/** Why it is listed, in Dutch for editors. */
	detail: string;
}

export interface MaintenanceReport {
	stale: ReportEntry[];
	orphans: ReportEntry[];
	unusedTerms: ReportEntry[];
	withoutSources: ReportEntry[];
	brokenReferences: ContentProblem[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function addMonths(date: Date, months: number): Date {
	const next = new Date(date);
	next.setUTCMonth(next.getUTCMonth() + months);
	return next;
}

/** Slugs each entry refers to, read from the schemas (never a second field list). */
function referencesOf(entry: ParsedEntry): { collection: CollectionName; id: string }[] {
	const refs: { collection: CollectionName; id: string }[] = [];
	for (const { key, target } of referenceFields(validationSchema(entry.collection))) {
		const value = entry.data[key];
		for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value])
			refs.push({ collection: target, id: String(id) });
	}
	return refs;
}

/** Builds the report for a content folder, read and checked the way the validator does (`npm run report`). */
export function maintenanceReport(root: string, options: ReportOptions = {}, cwd = process.cwd()): MaintenanceReport {
	const loaded = loadContent(root, cwd);
	const { entries, problems } = checkEntries(loaded.entries, root, loaded.failed);
	return reportFromEntries(
		entries,
		problems.filter((p) => p.kind === 'reference'),
		options,
	);
}

/** An entry as Astro's content layer holds it (`getCollection`): data parsed by the schema, references as `{ collection, id }`. */
export interface StoredEntry {
	collection: CollectionName;
	id: string;
	/** Path of the source file, relative to the project root. */
	filePath?: string | undefined;
	data: Record<string, unknown>;
}

/** Frontmatter with each reference (`{ collection, id }` in Astro's data) as the slug the validator sees. */
function withSlugs(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
	const slug = (value: unknown) =>
		value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;
	const out = { ...data };
	for (const { key } of referenceFields(validationSchema(collection))) {
		if (out[key] === undefined) continue;
		out[key] = Array.isArray(out[key]) ? out[key].map(slug) : slug(out[key]);
	}
	return out;
}

/**
 * The same report from the entries Astro loaded, for the site's page: the
 * frontmatter is already parsed and checked, so only the bodies are read
 * (Astro keeps none, see content.config.ts), instead of reading and checking
 * every file a second time during the build.
 */
export function storedReport(
	stored: readonly StoredEntry[],
	options: ReportOptions = {},
	cwd = process.cwd(),
): MaintenanceReport {
	const entries: ParsedEntry[] = stored.map((e) => {
		const path = resolve(cwd, e.filePath ?? '');
		return {
			collection: e.collection,
			id: e.id,
			file: displayPath(path, cwd),
			data: withSlugs(e.collection, e.data),
			body: e.filePath ? readBody(path) : '',
		};
	});
	return reportFromEntries(entries, checkReferences(entries), options);
}

/** Builds the report from entries that passed their schemas (references as slugs) and the reference problems among them. */
function reportFromEntries(
	entries: readonly ParsedEntry[],
	brokenReferences: ContentProblem[],
	options: ReportOptions,
): MaintenanceReport {
	const { today = new Date(), reviewMonths = REVIEW_MONTHS } = options;
	// Entries arrive in load order, which differs between builds (Astro's store fills as the
	// Markdown workers finish), and the page shows the first 25 of each section: sort them by
	// collection, as the site lists them, then by id.
	const published = entries
		.filter((e) => e.data['draft'] !== true)
		.sort((a, b) => (RANK.get(a.collection) ?? 0) - (RANK.get(b.collection) ?? 0) || compareCodeUnits(a.id, b.id));
	const toEntry = (e: ParsedEntry, detail: string): ReportEntry => ({
		collection: e.collection,
		file: e.file,
		title: String(e.data[collections[e.collection].titleField] ?? e.id),
		url: collections[e.collection].base ? entryUrl(e.collection, e.id) : null,
		detail,
	});

	// Most overdue first.
	const stale = published
		.flatMap((e) => {
			const reviewed = e.data['reviewed'];
			if (!(reviewed instanceof Date)) return [];
			const months = reviewMonths[e.collection] ?? DEFAULT_REVIEW_MONTHS;
			const due = addMonths(reviewed, months);
			return due < today
				? [
						{
							due,
							entry: toEntry(
								e,
								`gecontroleerd op ${isoDay(reviewed)}; opnieuw controleren vóór ${isoDay(due)} (elke ${months} maanden)`,
							),
						},
					]
				: [];
		})
		.sort((a, b) => a.due.getTime() - b.due.getTime())
		.map(({ entry }) => entry);

	const incoming = new Map<string, number>();
	for (const e of published) {
		for (const ref of referencesOf(e)) {
			if (ref.collection === e.collection && ref.id === e.id) continue;
			const key = `${ref.collection}/${ref.id}`;
			incoming.set(key, (incoming.get(key) ?? 0) + 1);
		}
	}
	const unreferenced = (e: ParsedEntry) => !incoming.has(`${e.collection}/${e.id}`);
	const exists = new Set(published.map((e) => `${e.collection}/${e.id}`));
	// Referring to a page that lists its referrers is a link from that page.
	const listedBack = (e: ParsedEntry) =>
		referencesOf(e).some(
			(ref) => exists.has(`${ref.collection}/${ref.id}`) && showsReferrers(ref.collection, e.collection),
		);

	// Steps link to each other in order and pages are linked from the footer: neither can be orphaned.
	const orphans = published
		.filter((e) => !['stappen', 'paginas', 'begrippen'].includes(e.collection) && unreferenced(e) && !listedBack(e))
		.map((e) => toEntry(e, 'geen andere pagina verwijst hiernaar'));

	// A term is mentioned where the auto-linker would link it: the same matcher, whole words only
	// ("borging" is not mentioned in "borgingsplan"). A term's own page does not count.
	const terms = published.filter((e) => e.collection === 'begrippen');
	const matcher = createGlossaryMatcher(
		terms.map((e) => ({
			slug: e.id,
			term: String(e.data['term']),
			aliases: (e.data['aliases'] as string[] | undefined) ?? [],
			definition: '',
		})),
	);
	const mentioned = new Set<string>();
	for (const e of published) {
		// References are slugs, counted above; the rest of the frontmatter is text.
		const references = new Set(referenceFields(validationSchema(e.collection)).map(({ key }) => key));
		const frontmatter = Object.entries(e.data).flatMap(([key, value]) => (references.has(key) ? [] : textsIn(value)));
		for (const text of [e.body, ...frontmatter]) {
			for (const { term } of matcher.matches(text)) {
				if (e.collection !== 'begrippen' || e.id !== term.slug) mentioned.add(term.slug);
			}
		}
	}
	const unusedTerms = terms
		.filter((e) => unreferenced(e) && !mentioned.has(e.id))
		.map((e) => toEntry(e, 'geen verwijzing en nergens anders genoemd'));

	const withoutSources = published
		.filter((e) => !Array.isArray(e.data['sources']) || (e.data['sources'] as unknown[]).length === 0)
		.map((e) => toEntry(e, 'geen bronnen'));

	return { stale, orphans, unusedTerms, withoutSources, brokenReferences: [...brokenReferences].sort(compareProblems) };
}

/** Every string in a frontmatter value, at any depth (titles, summaries, sources…). */
function textsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(textsIn);
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(textsIn);
	return [];
}

/** Each collection's place in the site's order (src/schemas/index.ts). */
const RANK = new Map(Object.keys(collections).map((name, i) => [name, i]));
/** The sections of the report, with Dutch headings, in the order both outputs use. */
export const reportSections = [
	['stale', 'Verouderd: opnieuw controleren'],
	['orphans', 'Weespagina’s: niemand verwijst ernaar'],
	['unusedTerms', 'Ongebruikte begrippen'],
	['withoutSources', 'Zonder bronnen'],
	['brokenReferences', 'Kapotte verwijzingen'],
] as const satisfies readonly (readonly [keyof MaintenanceReport, string])[];

/** The report as plain text for the terminal. */
export function formatReport(report: MaintenanceReport): string {
	const lines: string[] = [];
	for (const [key, heading] of reportSections) {
		const items = report[key];
		lines.push(`${heading} (${items.length})`);
		for (const item of items)
			lines.push(`  ${'detail' in item ? `${item.file}: ${item.title}: ${item.detail}` : formatProblem(item)}`);
		lines.push('');
	}
	return lines.join('\n');
}
