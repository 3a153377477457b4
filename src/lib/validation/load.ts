/**
 * Reads the content folder the way the validator needs it: raw bytes checked
 * for UTF-8, frontmatter split off, YAML parsed with dates kept as text (so a
 * bad date is reported instead of silently rolled over), and file names
 * checked, since the file name is the entry's slug and URL.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import type { ContentProblem } from '../../schemas/errors.ts';

/** One content file before schema validation. */
export interface RawEntry {
	collection: CollectionName;
	/** Slug: the file name without extension. */
	id: string;
	/** Path relative to the working directory, for messages. */
	file: string;
	/** Parsed frontmatter. */
	data: unknown;
	/** Markdown body. */
	body: string;
}

/** Allowed file names: lowercase letters, digits and single hyphens. */
export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;

/** Largest content file accepted: far above any real page, low enough to stop a pasted PDF or binary. */
export const MAX_FILE_BYTES = 1024 * 1024;

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** How messages name a file: relative to the project when inside it, else (test folders) in full. */
export function displayPath(path: string, cwd = process.cwd()): string {
	const rel = relative(cwd, path);
	return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}

/** A file's text (BOM removed) split into its YAML frontmatter and body; undefined when it does not start with frontmatter. */
function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	const match = FRONTMATTER.exec(text);
	return match?.index === 0 ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/** A BOM is harmless; it is dropped before the frontmatter is looked for. */
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

/** The Markdown body of a file: everything after the frontmatter (the whole text if it has none). */
export function readBody(path: string): string {
	const text = withoutBom(readFileSync(path, 'utf8'));
	return splitFrontmatter(text)?.body ?? text;
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
		return problem(
			taken
				? `file name must use lowercase letters, digits and hyphens only, and "${suggestion}" already exists: two slugs may not differ only in case; merge the two files or choose another name`
				: `file name must use lowercase letters, digits and hyphens only; rename it to "${suggestion}"`,
		);
	}
	const size = statSync(path).size;
	if (size > MAX_FILE_BYTES) {
		const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
		return problem(
			`file is ${mb(size)} MB; expected at most ${mb(MAX_FILE_BYTES)} MB: split it up or remove pasted data`,
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
	} catch {
		return problem('file is not valid UTF-8; save it as UTF-8');
	}
	// Windows line endings are harmless too; FRONTMATTER accepts them.
	text = withoutBom(text);
	if (text.trim() === '') return problem('file is empty; expected YAML frontmatter between two --- lines');

	const parts = splitFrontmatter(text);
	if (!parts) {
		return problem('expected the file to start with YAML frontmatter between two --- lines');
	}
	const doc = parseDocument(parts.yaml, { prettyErrors: true, uniqueKeys: true });
	const yamlError = doc.errors[0];
	if (yamlError) {
		const line = (yamlError.linePos?.[0]?.line ?? 0) + 1; // +1 for the opening ---
		const reason = yamlError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
		return problem(`YAML syntax error on line ${line}: ${reason}`);
	}
	const id = name.replace(/\.mdx?$/, '');
	return {
		entry: { collection, id, file, data: doc.toJS() ?? {}, body: parts.body },
		problems: [],
	};
}

/**
 * Reads every `*.md`/`*.mdx` file in `<root>/<collection>/`, for all collections or only those given. `failed` lists
 * `collection/slug` of files that could not be read, so the cross-entry checks
 * do not report references to them a second time.
 */
export function loadContent(
	root: string,
	cwd = process.cwd(),
	only: readonly CollectionName[] = collectionNames,
): { entries: RawEntry[]; problems: ContentProblem[]; failed: Set<string> } {
	const entries: RawEntry[] = [];
	const problems: ContentProblem[] = [];
	const failed = new Set<string>();
	for (const collection of only) {
		const dir = join(root, collection);
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch {
			continue; // An empty collection is fine; missing steps are reported by the checks.
		}
		for (const name of names) {
			const path = join(dir, name);
			if (!/\.mdx?$/i.test(name) || !statSync(path).isFile()) continue;
			const result = readEntry(collection, path, cwd, names);
			problems.push(...result.problems);
			if (result.entry) entries.push(result.entry);
			else failed.add(`${collection}/${name.replace(/\.mdx?$/i, '').toLowerCase()}`);
		}
	}
	return { entries, problems, failed };
}
