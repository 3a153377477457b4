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
	constraintsOf,
	descriptionOf,
	elementOf,
	enumValues,
	isDateField,
	isOptional,
	referenceTarget,
	shapeOf,
	unwrap,
	type Constraint,
} from '../../schemas/introspect.ts';
import { fieldMessages, ruleMessages } from '../../schemas/messages.ts';
import { repoSettings, type RepoSettings } from '../repo.ts';

type AnySchema = z.ZodType;

/** One Decap field, as documented at decapcms.org/docs/widgets. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	/** A regular expression the value must match, and the message shown when it does not. */
	pattern?: [string, string];
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

/** `min` and `max` of a list, from `.min(n)` and `.max(n)` on the array. */
function listBounds(schema: AnySchema): { min?: number; max?: number } {
	const bounds: { min?: number; max?: number } = {};
	for (const c of constraintsOf(schema)) {
		if (c.kind === 'minItems' && c.value > 0) bounds.min = c.value;
		if (c.kind === 'maxItems' && Number.isFinite(c.value)) bounds.max = c.value;
	}
	return bounds;
}

/** Accepts any text of at most `max` characters once spaces around it are ignored, and at least one that is not a space. */
const trimmedText = (max: number | undefined) =>
	max === undefined ? '^[\\s\\S]*\\S' : max < 2 ? '^\\s*\\S?\\s*$' : `^\\s*\\S(?:[\\s\\S]{0,${max - 2}}\\S)?\\s*$`;

/**
 * A web address as the schema's `httpUrl` accepts it, in one expression: http or
 * https, a lowercase ASCII host, no spaces or backslashes. The schema's finer
 * rules (no name or password, written as the browser shows it) run in the
 * browser before saving (src/lib/cms/check.ts).
 */
export const URL_PATTERN = '^https?://[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]{1,5})?(?:[/?#][^\\s\\\\]*)?$';

/**
 * Decap's `pattern` for a text field: every rule of the schema that a regular
 * expression can say (trimmed and not empty, longest length, the schema's own
 * regex, a web address), joined with lookaheads, and one Dutch message that
 * names the field and lists the rules. Undefined when the field has none.
 */
export function patternFor(
	label: string,
	constraints: readonly Constraint[],
	required: boolean,
): [string, string] | undefined {
	const parts: string[] = [];
	const messages: string[] = [];
	const trimmed = constraints.some((c) => c.kind === 'trim');
	const max = constraints.find((c) => c.kind === 'maxLength');
	const maxLength = max && 'value' in max ? max.value : undefined;
	const minLength = constraints.find((c) => c.kind === 'minLength');
	if (trimmed && minLength) {
		parts.push(trimmedText(maxLength));
		if (maxLength !== undefined) messages.push(fieldMessages.tooLong(maxLength, undefined));
		messages.push(
			required ? 'vul tekst in, niet alleen spaties' : 'laat het veld leeg of vul tekst in, niet alleen spaties',
		);
	} else if (maxLength !== undefined) {
		parts.push(`^[\\s\\S]{0,${maxLength}}$`);
		messages.push(fieldMessages.tooLong(maxLength, undefined));
	}
	for (const c of constraints) {
		if (c.kind === 'regex') {
			parts.push(c.pattern.source);
			messages.push(c.message ?? `volg het patroon ${c.pattern.source}`);
		}
		if (c.kind === 'url') {
			parts.push(URL_PATTERN);
			messages.push(ruleMessages.url);
		}
	}
	if (parts.length === 0) return undefined;
	const pattern = parts.length === 1 ? (parts[0] ?? '') : `^${parts.map((p) => `(?=${p})`).join('')}`;
	return [pattern, `${label}: ${messages.join('; ')}.`];
}

/**
 * Rules of the schemas that Decap's config cannot say, and where they are
 * checked instead. tests/cms-config.test.ts walks every schema and fails on a
 * rule that has neither a counterpart in the config nor a line here.
 */
export const NOT_IN_CONFIG = {
	custom:
		'A refinement is code (unique list items, stop words, real calendar dates and the year range, last day after the first, the rules for redactie sources, a web address written as the browser shows it). Decap has no custom validators in its config: the same schema runs in the browser before saving and publishing (src/lib/cms/check.ts), and npm run validate runs it again.',
	emptyOptionalText:
		'An optional text that must not be empty: Decap skips the pattern of an empty field. The browser check leaves empty optional fields out of the file before saving (src/lib/cms/check.ts).',
} as const;

/** A label from the schema description; the field name when there is none. */
const labelOf = (name: string, schema: AnySchema) => descriptionOf(schema) ?? name;

/** The Decap field for one schema field. Exported for tests. */
export function fieldFor(name: string, schema: AnySchema, label = labelOf(name, schema)): CmsField {
	const base: CmsField = { name, label, widget: 'string', required: !isOptional(schema) };
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
			const bounds = listBounds(schema);
			const { min } = bounds;
			if (min) hints.push(min === 1 ? 'Minstens één.' : `Minstens ${min}.`);
			const elementTarget = referenceTarget(element);
			if (elementTarget) return { ...relation(base, elementTarget, true), ...bounds };
			const elementOptions = enumValues(element);
			if (elementOptions) return { ...base, widget: 'select', options: elementOptions, multiple: true, ...bounds };
			const shape = shapeOf(element);
			const list: CmsField = { ...base, widget: 'list', ...bounds };
			if (shape) {
				const fields = fieldsFor(shape);
				return { ...list, fields, collapsed: true, summary: `{{fields.${fields[0]?.name ?? 'title'}}}` };
			}
			return { ...list, field: fieldFor(name, element, label) };
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
				const pattern = patternFor(base.label, constraintsOf(schema), base.required ?? true);
				const withPattern = pattern ? { ...base, pattern } : base;
				if (checks(schema).format === 'url') {
					hints.push('Begint met https:// of http://.');
					return withPattern;
				}
				const { maxLength } = checks(schema);
				if (typeof maxLength === 'number') hints.push(`Hoogstens ${maxLength} tekens.`);
				const long = MULTILINE_FIELDS.has(name) || (typeof maxLength === 'number' && maxLength > LONG_TEXT);
				return { ...withPattern, widget: long ? 'text' : 'string' };
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
 * Locally the workflow stays: `npm run cms` runs decap-server in git mode,
 * which keeps it on branches of a CMS clone (scripts/cms.ts); decap-server in
 * fs mode publishes only directly, and Decap then falls back to that.
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
		...(local ? { local_backend: localBackendUrl ? { url: localBackendUrl } : true } : {}),
		publish_mode: 'editorial_workflow',
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
