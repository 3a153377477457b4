/**
 * The one friendly-error wrapper for content. Every parse of frontmatter goes
 * through `parseEntry`, which turns Zod issues into single lines that name the
 * file, the field and what was expected, with a did-you-mean hint where a known
 * key, value or slug is close. Tests pin these messages.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { enumValues, schemaAt, shapeOf } from './introspect.ts';

/** One problem in one content file. */
export interface ContentProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** Field path such as `related[1]` or `sources[0].title`; empty for the whole file. */
	field: string;
	/** What is wrong and what was expected. */
	message: string;
}

/** Renders a problem as the one line that `npm run validate` prints. */
export const formatProblem = ({ file, field, message }: ContentProblem): string =>
	field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;

/** Renders `['sources', 0, 'title']` as `sources[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/** The closest candidate to `input`, if it is close enough to be a likely typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
	if (candidates.length === 0 || input.length === 0) return undefined;
	const lower = input.toLowerCase();
	const match = closest(
		lower,
		candidates.map((c) => c.toLowerCase()),
	);
	const limit = Math.max(2, Math.floor(lower.length / 3));
	if (distance(lower, match) > limit) return undefined;
	return candidates.find((c) => c.toLowerCase() === match);
}

/** Appends ` (did you mean "x"?)` when there is a close candidate. */
export const hint = (input: string, candidates: readonly string[]): string => {
	const suggestion = didYouMean(input, candidates);
	return suggestion ? ` (did you mean "${suggestion}"?)` : '';
};

const describeValue = (value: unknown): string => {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	return `${typeof value} ${String(value)}`;
};

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a set of fields',
	date: 'a date as YYYY-MM-DD',
};

type Issue = z.core.$ZodIssue & { input?: unknown };

function messageFor(issue: Issue, schema: z.ZodType): ContentProblem[] {
	const field = formatPath(issue.path);
	const own = (message: string): ContentProblem[] => [{ file: '', field, message }];
	// Messages written in the schemas all start with "expected"; keep them.
	const custom = issue.message.startsWith('expected ') ? issue.message : undefined;

	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return own('required field is missing');
			const expected = custom ?? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
			return own(`${expected}, got ${describeValue(issue.input)}`);
		}
		case 'unrecognized_keys': {
			const known = Object.keys(shapeOf(schemaAt(schema, issue.path) ?? schema) ?? {});
			return issue.keys.map((key) => ({
				file: '',
				field: formatPath([...issue.path, key]),
				message: `unknown key${hint(key, known)}; allowed keys are: ${known.join(', ')}`,
			}));
		}
		case 'invalid_value': {
			// A required enum that is left out arrives here, not as invalid_type.
			if (issue.input === undefined) return own('required field is missing');
			const target = schemaAt(schema, issue.path);
			const options = (target && enumValues(target)) ?? issue.values.map(String);
			if (typeof issue.input !== 'string' && typeof issue.input !== 'number' && typeof issue.input !== 'boolean')
				return own(`expected one of ${options.join(', ')}; got ${describeValue(issue.input)}`);
			const got = String(issue.input);
			return own(`expected one of ${options.join(', ')}; got "${got}"${hint(got, options)}`);
		}
		case 'too_big':
			if (issue.origin === 'string')
				return own(
					`expected at most ${issue.maximum} characters, got ${typeof issue.input === 'string' ? issue.input.length : 'more'}`,
				);
			if (issue.origin === 'array') return own(`expected at most ${issue.maximum} items`);
			return own(`expected at most ${issue.maximum}, got ${quantity(issue.input)}`);
		case 'too_small':
			if (custom) return own(custom);
			if (issue.origin === 'string') return own('expected text, got an empty value');
			if (issue.origin === 'array') return own(`expected at least ${issue.minimum} item(s)`);
			return own(`expected at least ${issue.minimum}, got ${quantity(issue.input)}`);
		case 'invalid_format':
			return own(custom ?? `expected ${issue.format}, got ${describeValue(issue.input)}`);
		default:
			return own(custom ?? issue.message);
	}
}

/** A number as itself, anything else described (never throws on odd YAML values). */
const quantity = (value: unknown): string => (typeof value === 'number' ? String(value) : describeValue(value));

/** Result of parsing one entry: the data, or the problems found. */
export type ParseResult<T> = { success: true; data: T } | { success: false; problems: ContentProblem[] };

/** Parses frontmatter with a content schema and explains every problem. */
export function parseEntry<S extends z.ZodType>(schema: S, data: unknown, file: string): ParseResult<z.output<S>> {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return {
			success: false,
			problems: [{ file, field: '', message: 'expected YAML frontmatter with fields between two --- lines' }],
		};
	}
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { success: true, data: result.data };
	const problems = result.error.issues.flatMap((issue) =>
		messageFor(issue as Issue, schema).map((problem) => ({ ...problem, file })),
	);
	return { success: false, problems };
}
