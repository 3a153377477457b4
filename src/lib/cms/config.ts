/**
 * Generates the Decap CMS configuration from the Zod schemas, so the CMS never
 * has a field list of its own: adding a field to a schema adds it to the CMS.
 * Every field is read with `src/schemas/introspect.ts`; labels come from the
 * schema descriptions (`.describe()`), hints from the constraints.
 *
 * Mapping: text → `string` (long text → `text`), the Markdown body →
 * `markdown`, enums → `select`, references → `relation` (searching on the
 * target's title field, storing the slug), dates → `datetime` (date only,
 * YYYY-MM-DD), numbers → `number`, lists → `list` with the element as `field`
 * or `fields`, objects → `object`, booleans → `boolean`.
 */
import type { z } from 'astro/zod';
import { collectionNames, collections, slugRef, type CollectionName } from '../../schemas/index.ts';
import {
	descriptionOf,
	elementOf,
	enumValues,
	isDateField,
	isOptional,
	referenceTarget,
	shapeOf,
	unwrap,
} from '../../schemas/introspect.ts';
import { repoSettings, type RepoSettings } from '../repo.ts';

type AnySchema = z.ZodType;

/** One Decap field, as documented at decapcms.org/docs/widgets. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	// select
	options?: string[];
	multiple?: boolean;
	// relation
	collection?: string;
	search_fields?: string[];
	value_field?: string;
	display_fields?: string[];
	// datetime
	format?: string;
	date_format?: string;
	time_format?: boolean;
	picker_utc?: boolean;
	// number
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	// list / object
	field?: CmsField;
	fields?: CmsField[];
	collapsed?: boolean;
	summary?: string;
	// markdown
	buttons?: string[];
	editor_components?: string[];
}

/** One folder collection. */
export interface CmsCollection {
	name: CollectionName;
	label: string;
	label_singular: string;
	folder: string;
	extension: 'md';
	format: 'frontmatter';
	create: boolean;
	slug: string;
	identifier_field: string;
	summary: string;
	fields: CmsField[];
}

export interface CmsConfig {
	backend: {
		name: 'github';
		/** Absent when the build has no repository: then only the local backend (decap-server) works. */
		repo?: string;
		branch: string;
		open_authoring: boolean;
		squash_merges: boolean;
		commit_messages: Record<string, string>;
	};
	local_backend?: boolean | { url: string };
	publish_mode?: 'editorial_workflow';
	load_config_file: false;
	locale: 'nl';
	site_url: string;
	display_url: string;
	logo_url?: string;
	media_folder: string;
	public_folder: string;
	slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
	collections: CmsCollection[];
}

/** Text fields without a length limit that still hold a paragraph rather than a line. */
const MULTILINE_FIELDS = new Set(['summary', 'definition', 'goal', 'description', 'note']);

/** A string longer than this is edited in a text area. */
const LONG_TEXT = 120;

interface Checks {
	minLength?: number | null;
	maxLength?: number | null;
	minValue?: number | null;
	maxValue?: number | null;
	isInt?: boolean;
	format?: string | null;
}
const checks = (schema: AnySchema): Checks => unwrap(schema) as unknown as Checks;
const typeOf = (schema: AnySchema): string =>
	(unwrap(schema) as unknown as { _zod: { def: { type: string } } })._zod.def.type;

interface DefaultDef {
	type: string;
	defaultValue?: unknown;
	innerType?: AnySchema;
}

/** The value of `.default()`, if the field has one. */
function defaultOf(schema: AnySchema): unknown {
	let current: AnySchema | undefined = schema;
	while (current) {
		const d: DefaultDef = (current as unknown as { _zod: { def: DefaultDef } })._zod.def;
		if (d.type === 'default') return d.defaultValue;
		current = d.innerType;
	}
	return undefined;
}

/** Minimum number of list items the schema requires (`.min(n)` on an array). */
function minItems(schema: AnySchema): number | undefined {
	const d = (
		unwrap(schema) as unknown as {
			_zod: { def: { checks?: { _zod: { def: { check: string; minimum?: number } } }[] } };
		}
	)._zod.def;
	const check = d.checks?.find((c) => c._zod.def.check === 'min_length');
	return check?._zod.def.minimum;
}

/** A label from the schema description; the field name when there is none. */
const labelOf = (name: string, schema: AnySchema) => descriptionOf(schema) ?? name;

/** The Decap field for one schema field. Exported for tests. */
export function fieldFor(name: string, schema: AnySchema): CmsField {
	const base: CmsField = { name, label: labelOf(name, schema), widget: 'string', required: !isOptional(schema) };
	const hints: string[] = [];
	const fallback = defaultOf(schema);
	const hasDefault = fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0);
	const field: CmsField = (() => {
		const target = referenceTarget(schema);
		if (target) return relation(base, target, false);
		if (isDateField(schema)) {
			hints.push('Datum als JJJJ-MM-DD.');
			return {
				...base,
				widget: 'datetime',
				format: 'YYYY-MM-DD',
				date_format: 'YYYY-MM-DD',
				time_format: false,
				picker_utc: true,
			};
		}
		const options = enumValues(schema);
		if (options) return { ...base, widget: 'select', options };
		const element = elementOf(schema);
		if (element) {
			const min = minItems(schema);
			if (min) hints.push(min === 1 ? 'Minstens één.' : `Minstens ${min}.`);
			const elementTarget = referenceTarget(element);
			if (elementTarget) return { ...relation(base, elementTarget, true), ...(min ? { min } : {}) };
			const elementOptions = enumValues(element);
			if (elementOptions)
				return { ...base, widget: 'select', options: elementOptions, multiple: true, ...(min ? { min } : {}) };
			const shape = shapeOf(element);
			const list: CmsField = { ...base, widget: 'list', ...(min ? { min } : {}) };
			if (shape) {
				const fields = fieldsFor(shape);
				return { ...list, fields, collapsed: true, summary: `{{fields.${fields[0]?.name ?? 'title'}}}` };
			}
			return { ...list, field: { ...fieldFor(name, element), label: labelOf(name, schema) } };
		}
		const shape = shapeOf(schema);
		if (shape) return { ...base, widget: 'object', fields: fieldsFor(shape) };
		switch (typeOf(schema)) {
			case 'boolean':
				return { ...base, widget: 'boolean' };
			case 'number': {
				const { minValue, maxValue, isInt } = checks(schema);
				return {
					...base,
					widget: 'number',
					value_type: isInt ? 'int' : 'float',
					...(typeof minValue === 'number' && Number.isFinite(minValue) && minValue > Number.MIN_SAFE_INTEGER
						? { min: minValue }
						: {}),
					...(typeof maxValue === 'number' && Number.isFinite(maxValue) && maxValue < Number.MAX_SAFE_INTEGER
						? { max: maxValue }
						: {}),
				};
			}
			case 'string': {
				if (checks(schema).format === 'url') {
					hints.push('Begint met https:// of http://.');
					return base;
				}
				const { maxLength } = checks(schema);
				if (typeof maxLength === 'number') hints.push(`Hoogstens ${maxLength} tekens.`);
				const long = MULTILINE_FIELDS.has(name) || (typeof maxLength === 'number' && maxLength > LONG_TEXT);
				return { ...base, widget: long ? 'text' : 'string' };
			}
			default:
				throw new Error(`cms config: no widget for field "${name}" of type ${typeOf(schema)}`);
		}
	})();
	if (hasDefault) field.default = fallback;
	if (hints.length > 0) field.hint = hints.join(' ');
	return field;
}

function relation(base: CmsField, target: CollectionName, multiple: boolean): CmsField {
	const titleField = collections[target].titleField;
	return {
		...base,
		widget: 'relation',
		collection: target,
		search_fields: [titleField],
		display_fields: [titleField],
		value_field: '{{slug}}',
		multiple,
	};
}

/** The Decap fields for every key of an object schema, in schema order. */
export function fieldsFor(shape: Record<string, AnySchema>): CmsField[] {
	return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema));
}

/** The Markdown body below the frontmatter. */
export const BODY_FIELD: CmsField = { name: 'body', label: 'Tekst', widget: 'markdown', required: false };

/** One folder collection on `content/<name>/`, Markdown files only (MDX pages stay out of the CMS). */
export function collectionFor(name: CollectionName): CmsCollection {
	const info = collections[name];
	const shape = shapeOf(info.schema(slugRef));
	if (!shape) throw new Error(`cms config: schema of ${name} is not an object`);
	return {
		name,
		label: info.label,
		label_singular: info.singular,
		folder: `content/${name}`,
		extension: 'md',
		format: 'frontmatter',
		create: true,
		slug: '{{slug}}',
		identifier_field: info.titleField,
		summary: `{{${info.titleField}}}`,
		fields: [...fieldsFor(shape), BODY_FIELD],
	};
}

export interface CmsConfigOptions {
	/** Repository, branch and site address; read from the environment by default. */
	settings?: RepoSettings;
	/** Use the local backend (`decap-server`), for `npm run cms` and the browser test. */
	local?: boolean;
	/** Address of the local backend's API, when it is not the default `http://localhost:8081/api/v1`. */
	localBackendUrl?: string | undefined;
}

/**
 * The whole configuration for `CMS.init({ config })`. Publishing goes through
 * the editorial workflow (concept → ter review → klaar → merged pull request);
 * with `open_authoring`, people without write access work through a fork.
 * Locally, the editorial workflow is switched off: decap-server then writes
 * straight to `content/`, which is what an editor on their own machine wants.
 */
export function cmsConfig({
	settings = repoSettings(),
	local = false,
	localBackendUrl,
}: CmsConfigOptions = {}): CmsConfig {
	return {
		backend: {
			name: 'github',
			...(settings.repo ? { repo: settings.repo } : {}),
			branch: settings.branch,
			open_authoring: true,
			squash_merges: true,
			commit_messages: {
				create: 'Nieuw in {{collection}}: “{{slug}}”',
				update: 'Bijgewerkt in {{collection}}: “{{slug}}”',
				delete: 'Verwijderd uit {{collection}}: “{{slug}}”',
				uploadMedia: 'Afbeelding toegevoegd: “{{path}}”',
				deleteMedia: 'Afbeelding verwijderd: “{{path}}”',
				openAuthoring: '{{message}}',
			},
		},
		...(local
			? { local_backend: localBackendUrl ? { url: localBackendUrl } : true }
			: { publish_mode: 'editorial_workflow' as const }),
		load_config_file: false,
		locale: 'nl',
		site_url: settings.siteUrl,
		display_url: settings.siteUrl,
		media_folder: 'public/media',
		public_folder: '/media',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: collectionNames.map(collectionFor),
	};
}
