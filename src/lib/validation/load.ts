/**
 * Reads the content folder the way the build does, and says what the build
 * would silently skip or get wrong.
 *
 * - Parity: the frontmatter is split and parsed by Astro's own function
 *   (`parseFrontmatter` from @astrojs/internal-helpers, js-yaml inside, with
 *   the options of Astro's content layer), so whatever stops the build's YAML
 *   stops the validator first, and the body is the string Astro renders.
 *   The data is then read once more with the same js-yaml schema except that a
 *   date that does not exist (`2026-02-30`, which js-yaml rolls over into
 *   March) stays text, so the date check reports it.
 * - Nothing lost silently: every file under the content folder is an entry of
 *   a collection or named in `OTHER_FILES`; files in subfolders, with another
 *   extension, in an unknown folder, or symlinks are reported, since Astro's
 *   glob would skip them (or, for a symlink, publish a file from elsewhere).
 *   One slug has one file, across `.md` and `.mdx`.
 * - Limits: file size, and the number of YAML values (an alias bomb expands
 *   to millions of values when the build copies the data).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import { hint, type ContentProblem } from '../../schemas/errors.ts';
import { fileMessages, yamlMessages } from '../../schemas/messages.ts';
import { isIsoDate } from '../../schemas/common.ts';

/** One content file before schema validation. */
export interface RawEntry {
	collection: CollectionName;
	/** Slug: the file name without extension. */
	id: string;
	/** Path relative to the working directory, for messages. */
	file: string;
	/** Parsed frontmatter. */
	data: unknown;
	/** Markdown body, exactly as Astro renders it (trimmed). */
	body: string;
	/**
	 * Lines between "line 1 of the text" (the line after the frontmatter) and
	 * the first line of `body`: messages count lines from the frontmatter down,
	 * as an editor sees the text, while `body` starts at its first non-blank line.
	 */
	bodyLineOffset?: number;
}

/** Allowed file names: lowercase letters, digits and single hyphens. */
export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;

/** Largest content file accepted: far above any real page, low enough to stop a pasted PDF or binary. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Most values in one file's frontmatter, aliases expanded: real entries have about a hundred. */
export const MAX_YAML_VALUES = 20_000;

/**
 * Files under the content folder that are not entries and may stay: paths
 * relative to the folder, `*` standing for one folder name.
 */
export const OTHER_FILES: readonly string[] = ['README.md', '*/.gitkeep'];

const isOtherFile = (rel: string): boolean =>
	OTHER_FILES.some((pattern) => {
		const parts = pattern.split('/');
		const segments = rel.split('/');
		return parts.length === segments.length && parts.every((part, i) => part === '*' || part === segments[i]);
	});

/** How messages name a file: relative to the project when inside it, else (test folders) in full. */
export function displayPath(path: string, cwd = process.cwd()): string {
	const rel = relative(cwd, path);
	return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}

/** The Markdown body of a file as Astro renders it: everything after the frontmatter, trimmed. */
export function readBody(path: string): string {
	const text = readFileSync(path, 'utf8');
	try {
		return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim();
	} catch {
		return '';
	}
}

/** Suggests a valid file name for one that breaks the naming rule. */
export function slugifyFileName(name: string): string {
	const ext = name.toLowerCase().endsWith('.mdx') ? '.mdx' : '.md';
	const stem = name
		.replace(/\.mdx?$/i, '')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${stem || 'naam'}${ext}`;
}

/** js-yaml's own types, which it exports (lib/index.js) but @types/js-yaml does not declare. */
const types = (
	yaml as unknown as { types: Record<'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set', yaml.Type> }
).types;

const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2}))?/;

/**
 * js-yaml's timestamp type, except that a date that does not exist stays the
 * text it was written as. The type resolves the same scalars as js-yaml's
 * own, so a file parses (or fails) exactly as in the build.
 */
const strictTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
	kind: 'scalar',
	resolve: (data: string | null) => types.timestamp.resolve(data),
	construct: (data: string) => {
		const match = TIMESTAMP.exec(data);
		const [, y = '', m = '', d = '', hh = '0', mm = '0', ss = '0'] = match ?? [];
		const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
		const time = Number(hh) < 24 && Number(mm) < 60 && Number(ss) < 60;
		return match && isIsoDate(day) && time ? types.timestamp.construct(data) : data;
	},
	instanceOf: Date,
	represent: (date: object) => (date as Date).toISOString(),
});

/** js-yaml's DEFAULT_SCHEMA (what Astro loads with) with the strict timestamp type. */
const STRICT_SCHEMA = yaml.CORE_SCHEMA.extend({
	implicit: [strictTimestamp, types.merge],
	explicit: [types.binary, types.omap, types.pairs, types.set],
});

/** Counts values (aliases expanded, so shared and cyclic data count in full) until `limit` is passed. */
export function countValues(data: unknown, limit: number): number {
	let count = 0;
	const stack: unknown[] = [data];
	while (stack.length > 0 && count <= limit) {
		const value = stack.pop();
		count++;
		if (Array.isArray(value)) stack.push(...value);
		else if (value && typeof value === 'object' && !(value instanceof Date)) stack.push(...Object.values(value));
	}
	return count;
}

/** The line of the file on which `text` starts the frontmatter: blank lines may come first. */
const leadingLines = (text: string): number => /^\uFEFF?(\s*?)(?:---|\+\+\+)/.exec(text)?.[1]?.split('\n').length ?? 1;

/**
 * Splits and parses one file; returns the entry or the problems. `siblings`
 * are the other file names in the folder, so a suggested name never collides
 * with an existing slug (`Borging.md` beside `borging.md`).
 */
export function readEntry(
	collection: CollectionName,
	path: string,
	cwd = process.cwd(),
	siblings: readonly string[] = [],
): { entry?: RawEntry; problems: ContentProblem[] } {
	const file = displayPath(path, cwd);
	const name = path.split(/[\\/]/).pop() ?? path;
	const problem = (message: string, field = ''): { problems: ContentProblem[] } => ({
		problems: [{ file, field, message }],
	});

	if (!FILE_NAME.test(name)) {
		const suggestion = slugifyFileName(name);
		const taken =
			siblings.includes(suggestion) ||
			siblings.includes(suggestion.replace(/\.mdx?$/, suggestion.endsWith('.mdx') ? '.md' : '.mdx'));
		return problem(taken ? fileMessages.nameTaken(suggestion) : fileMessages.badName(suggestion));
	}
	const size = lstatSync(path).size;
	if (size > MAX_FILE_BYTES) {
		const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '').replace('.', ',');
		return problem(fileMessages.tooLarge(mb(size), mb(MAX_FILE_BYTES)));
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
	} catch {
		return problem(fileMessages.notUtf8());
	}
	if (text.replace(/^\uFEFF/, '').trim() === '') return problem(fileMessages.empty());

	// Exactly as Astro's content layer reads it (astro/dist/content/utils.js, safeParseFrontmatter).
	const raw = extractFrontmatter(text);
	if (raw === undefined) return problem(fileMessages.noFrontmatter());
	const toml = /^\uFEFF?\s*\+\+\+/.test(text);
	const firstLine = leadingLines(text);
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		if (error instanceof Error && error.name === 'YAMLException' && error instanceof yaml.YAMLException) {
			// `raw` starts on the line of the opening ---, so js-yaml's line 0 is that line.
			// js-yaml looks for NUL before it parses, and then points at the start.
			const nul = raw.indexOf('\0');
			const line = nul >= 0 ? (raw.slice(0, nul).match(/\n/g)?.length ?? 0) : error.mark.line;
			return problem(yamlMessages.syntax(line + firstLine, error.reason));
		}
		return problem(yamlMessages.broken(error instanceof Error ? error.message : String(error)));
	}
	// Parses whenever Astro's parse did: the two schemas resolve the same scalars.
	// TOML (`+++`, which Astro and the CMS also read) is taken as Astro parsed it: its parser refuses impossible dates.
	const data: unknown = toml ? parsed.frontmatter : (yaml.load(raw, { schema: STRICT_SCHEMA }) ?? {});
	if (countValues(data, MAX_YAML_VALUES) > MAX_YAML_VALUES) return problem(yamlMessages.tooBig(MAX_YAML_VALUES));

	const body = parsed.content.trim();
	// "Line 1 of the text" is the line after the closing ---; the body starts at its first non-blank line.
	const closing = firstLine + (raw.match(/\n/g)?.length ?? 0);
	const bodyLine = parsed.content
		.slice(0, parsed.content.length - parsed.content.trimStart().length)
		.split('\n').length;
	const id = name.replace(/\.mdx?$/, '');
	return {
		entry: { collection, id, file, data, body, bodyLineOffset: Math.max(0, bodyLine - closing - 1) },
		problems: [],
	};
}

/** What the tree walk found besides entries: problems and the slugs of files that could not be read. */
interface Walk {
	entries: RawEntry[];
	problems: ContentProblem[];
	failed: Set<string>;
}

/** Reads one collection folder: entries, and what Astro's glob (`*.{md,mdx}`) would skip. */
function readCollection(root: string, collection: CollectionName, cwd: string, walk: Walk): void {
	const dir = join(root, collection);
	const names = readdirSync(dir).sort();
	const problem = (path: string, message: string) =>
		walk.problems.push({ file: displayPath(path, cwd), field: '', message });
	const bySlug = new Map<string, string>();
	for (const name of names) {
		const path = join(dir, name);
		const stat = lstatSync(path);
		if (stat.isSymbolicLink()) {
			problem(path, fileMessages.symlink());
			walk.failed.add(`${collection}/${name.replace(/\.mdx?$/i, '').toLowerCase()}`);
			continue;
		}
		if (stat.isDirectory()) {
			problem(`${path}/`, fileMessages.inSubfolder(`${displayPath(dir, cwd)}/`));
			continue;
		}
		if (!/\.mdx?$/i.test(name)) {
			if (!isOtherFile(`${collection}/${name}`)) problem(path, fileMessages.wrongExtension());
			continue;
		}
		const slug = name.replace(/\.mdx?$/i, '').toLowerCase();
		const first = bySlug.get(slug);
		if (first && FILE_NAME.test(name) && FILE_NAME.test(first)) {
			// `x.md` and `x.mdx`: Astro keeps one of the two and only logs a warning.
			problem(path, fileMessages.sameSlug(displayPath(join(dir, first), cwd)));
			continue;
		}
		bySlug.set(slug, name);
		const result = readEntry(collection, path, cwd, names);
		walk.problems.push(...result.problems);
		if (result.entry) walk.entries.push(result.entry);
		else walk.failed.add(`${collection}/${slug}`);
	}
}

/**
 * Reads every `*.md`/`*.mdx` file in `<root>/<collection>/`, for all
 * collections or only those given, and reports every other file under
 * `root` (only when reading all collections). `failed` lists
 * `collection/slug` of files that could not be read, so the cross-entry checks
 * do not report references to them a second time.
 */
export function loadContent(
	root: string,
	cwd = process.cwd(),
	only: readonly CollectionName[] = collectionNames,
): { entries: RawEntry[]; problems: ContentProblem[]; failed: Set<string> } {
	const walk: Walk = { entries: [], problems: [], failed: new Set() };
	const all = only.length === collectionNames.length;
	let names: string[];
	try {
		names = readdirSync(root).sort();
	} catch {
		return walk;
	}
	const problem = (path: string, message: string) =>
		walk.problems.push({ file: displayPath(path, cwd), field: '', message });
	const wanted = new Set<string>(only);
	for (const name of names) {
		const path = join(root, name);
		const stat = lstatSync(path);
		if (wanted.has(name) && stat.isDirectory()) readCollection(root, name as CollectionName, cwd, walk);
		if (!all) continue;
		if (stat.isSymbolicLink()) problem(path, fileMessages.symlink());
		else if (stat.isDirectory() && !wanted.has(name))
			problem(`${path}/`, fileMessages.unknownFolder(hint(name, collectionNames), collectionNames));
		else if (!stat.isDirectory() && !isOtherFile(name)) problem(path, fileMessages.looseFile());
	}
	// Entries in collection order, as before: the checks and the report rely on a stable order.
	walk.entries.sort((a, b) => collectionNames.indexOf(a.collection) - collectionNames.indexOf(b.collection));
	return walk;
}
