/**
 * The one friendly-error wrapper for content. Every parse of frontmatter goes
 * through `parseEntry`, which turns Zod issues into single lines that name the
 * file, the field and what was expected, with a did-you-mean hint where a known
 * key, value or slug is close. The words are Dutch, for editors, and live in
 * src/schemas/messages.ts; tests pin them.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { enumValues, schemaAt, shapeOf } from './introspect.ts';
import { describeValue, didYouMeanText, fieldMessages, fileMessages, isOwnMessage, TYPE_NAMES } from './messages.ts';

/** One problem in one content file. */
export interface ContentProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** Field path such as `related[1]` or `sources[0].title`; empty for the whole file. */
	field: string;
	/** What is wrong and what was expected, in Dutch (src/schemas/messages.ts). */
	message: string;
	/** Set on references to missing or draft entries, which the maintenance report lists apart. */
	kind?: 'reference';
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

/** Appends ` (bedoel je "x"?)` when there is a close candidate. */
export const hint = (input: string, candidates: readonly string[]): string => {
	const suggestion = didYouMean(input, candidates);
	return suggestion ? didYouMeanText(suggestion) : '';
};

type Issue = z.core.$ZodIssue & { input?: unknown };

function messageFor(issue: Issue, schema: z.ZodType): ContentProblem[] {
	const field = formatPath(issue.path);
	const own = (message: string): ContentProblem[] => [{ file: '', field, message }];
	// Messages the schemas wrote themselves (src/schemas/messages.ts): keep them.
	const custom = isOwnMessage(issue.message) ? issue.message : undefined;
	const length = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? value.length : undefined);

	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return own(fieldMessages.required());
			if (custom) return own(`${custom}; hier staat ${describeValue(issue.input)}`);
			return own(fieldMessages.wrongType(TYPE_NAMES[issue.expected] ?? issue.expected, issue.input));
		}
		case 'unrecognized_keys': {
			const known = Object.keys(shapeOf(schemaAt(schema, issue.path) ?? schema) ?? {});
			return issue.keys.map((key) => ({
				file: '',
				field: formatPath([...issue.path, key]),
				message: fieldMessages.unknownKey(hint(key, known), known),
			}));
		}
		case 'invalid_value': {
			// A required enum that is left out arrives here, not as invalid_type.
			if (issue.input === undefined) return own(fieldMessages.required());
			const target = schemaAt(schema, issue.path);
			const options = (target && enumValues(target)) ?? issue.values.map(String);
			if (typeof issue.input !== 'string' && typeof issue.input !== 'number' && typeof issue.input !== 'boolean')
				return own(fieldMessages.notOneOf(options, describeValue(issue.input)));
			const got = String(issue.input);
			return own(fieldMessages.notOneOf(options, `"${got}"${hint(got, options)}`));
		}
		case 'too_big':
			if (custom) return own(custom);
			if (issue.origin === 'string') return own(fieldMessages.tooLong(Number(issue.maximum), length(issue.input)));
			if (issue.origin === 'array') return own(fieldMessages.tooMany(Number(issue.maximum), length(issue.input)));
			return own(fieldMessages.tooBig(issue.maximum, quantity(issue.input)));
		case 'too_small':
			if (custom) return own(custom);
			if (issue.origin === 'string') return own(fieldMessages.empty());
			if (issue.origin === 'array') return own(fieldMessages.tooFew(Number(issue.minimum)));
			return own(fieldMessages.tooSmall(issue.minimum, quantity(issue.input)));
		case 'invalid_format':
			return own(custom ?? fieldMessages.wrongFormat(issue.format, issue.input));
		default:
			return own(custom ?? fieldMessages.other(issue.message));
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
			problems: [{ file, field: '', message: fileMessages.notFields() }],
		};
	}
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { success: true, data: result.data };
	const problems = result.error.issues.flatMap((issue) =>
		messageFor(issue as Issue, schema).map((problem) => ({ ...problem, file })),
	);
	return { success: false, problems };
}
