/**
 * Facets (search filters and catalogue checkbox groups) derived from the
 * schemas: every enum field, or list of enum values, becomes a facet named after
 * the enum's own description ("Soort", "Doelgroep", "Niveau"…), and a reference
 * to the steps becomes the facet "stap". Nothing here lists fields by hand, so a
 * new enum field in a schema shows up in search and catalogues by itself.
 */
import { collectionNames, collections, slugRef, type CollectionName } from '../schemas/index.ts';
import { descriptionOf, elementOf, enumValues, referenceTarget, shapeOf } from '../schemas/introspect.ts';
import { labelFor } from './labels.ts';

/** One filter group. */
export interface Facet {
	/** Filter name in Pagefind and in URLs: lowercase Dutch ("soort", "stap"). */
	name: string;
	/** Heading of the group ("Soort", "Stap"). */
	label: string;
	/** Frontmatter field it reads. */
	field: string;
	/** Allowed values in schema order; for steps the step numbers 1–6. */
	values: readonly string[];
	/** Collection a reference facet points to. */
	reference?: CollectionName;
}

/** Number of steps in the handleiding (the validator requires exactly 1 to 6). */
const STEP_NUMBERS = ['1', '2', '3', '4', '5', '6'] as const;

const facetCache = new Map<CollectionName, readonly Facet[]>();

/**
 * The facets of one collection, in field order. Worked out once per
 * collection: each call builds the collection's Zod schema, and every built
 * page asks (SearchFilters), so building it per page added up on large sites.
 */
export function facetsOf(collection: CollectionName): readonly Facet[] {
	const known = facetCache.get(collection);
	if (known) return known;
	const facets = readFacets(collection);
	facetCache.set(collection, facets);
	return facets;
}

function readFacets(collection: CollectionName): readonly Facet[] {
	const shape = shapeOf(collections[collection].schema(slugRef)) ?? {};
	const facets: Facet[] = [];
	for (const [field, schema] of Object.entries(shape)) {
		const element = elementOf(schema) ?? schema;
		const values = enumValues(element);
		if (values) {
			const label = descriptionOf(element) ?? field;
			facets.push({ name: label.toLowerCase().replace(/\s+/g, '-'), label, field, values });
		} else if (referenceTarget(element) === 'stappen') {
			facets.push({ name: 'stap', label: 'Stap', field, values: STEP_NUMBERS, reference: 'stappen' });
		}
	}
	return facets;
}

/** Looks up the step number for a step slug. */
export type StepLookup = (slug: string) => number | undefined;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const slugOf = (value: unknown): string =>
	typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : String(value);

/**
 * The facet values of one entry as `{ facet name: values }`. Values are the raw
 * enum slugs (and step numbers), stable for URLs; `valueLabel` makes them readable.
 */
export function facetValues(
	facets: readonly Facet[],
	data: Record<string, unknown>,
	stepOf: StepLookup,
): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const facet of facets) {
		const raw = asList(data[facet.field]);
		out[facet.name] = facet.reference
			? raw.flatMap((ref) => {
					const step = stepOf(slugOf(ref));
					return step === undefined ? [] : [String(step)];
				})
			: raw.map(String);
	}
	return out;
}

/**
 * Readable label for a facet value: "Langdurige zorg"; a step with its name
 * when `stepName` knows it ("Stap 4: Implementatiestrategieën kiezen"), since
 * a number alone says nothing to someone who has not read the handleiding.
 */
export const valueLabel = (
	facet: Pick<Facet, 'reference'>,
	value: string,
	stepName: (step: string) => string | undefined = () => undefined,
): string => {
	if (facet.reference !== 'stappen') return labelFor(value);
	const name = stepName(value);
	return name ? `Stap ${value}: ${name}` : `Stap ${value}`;
};

/** An entry of any collection, as far as its facets go. */
export interface FacetSource {
	collection: CollectionName;
	data: Record<string, unknown>;
}

/**
 * How many entries of the whole site have each value of the search page's
 * facets (`searchFacets`): the type, and every collection's own facets. The
 * search page offers only values with a count, like the catalogues.
 */
export function searchFacetTotals(
	entries: readonly FacetSource[],
	stepOf: StepLookup,
): Record<string, Record<string, number>> {
	const totals: Record<string, Record<string, number>> = {};
	const add = (name: string, value: string) => {
		const own = (totals[name] ??= {});
		own[value] = (own[value] ?? 0) + 1;
	};
	for (const { collection, data } of entries) {
		add('type', collections[collection].singular);
		const values = facetValues(facetsOf(collection), data, stepOf);
		for (const [name, list] of Object.entries(values)) for (const value of new Set(list)) add(name, value);
	}
	return totals;
}

/**
 * The filter groups of the search page: the content type, then every facet of
 * every collection, merged by name (tools and trainings share "soort").
 */
export function searchFacets(): Facet[] {
	const type: Facet = {
		name: 'type',
		label: 'Type',
		field: '',
		values: collectionNames.filter((c) => collections[c].base).map((c) => collections[c].singular),
	};
	const merged = new Map<string, Facet>();
	for (const collection of collectionNames) {
		for (const facet of facetsOf(collection)) {
			const known = merged.get(facet.name);
			merged.set(facet.name, known ? { ...known, values: [...new Set([...known.values, ...facet.values])] } : facet);
		}
	}
	return [type, ...merged.values()];
}
