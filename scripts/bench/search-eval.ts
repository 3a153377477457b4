/**
 * The search quality bench's data and arithmetic (`npm run bench:search`,
 * scripts/bench/search.ts): reads the evaluation set (bench/search-eval.yaml),
 * scores ranked result URLs against it (hit@1, hit@3, MRR over the top 10) and
 * writes the Markdown report. Kept apart from the browser so it can be tested
 * on its own.
 */
import { parse } from 'yaml';

/** The query classes of issue 24, in report order, with their labels. */
export const QUERY_CLASSES = {
	exact: 'exact term',
	inflection: 'inflection',
	compound: 'compound',
	english: 'English equivalent',
	typo: 'typo / missing accent',
	question: 'question',
	abbreviation: 'abbreviation',
} as const;
export type QueryClass = keyof typeof QUERY_CLASSES;

export interface EvalQuery {
	query: string;
	class: QueryClass;
	/** Site paths of every page that answers the query (`/begrippen/borging/`). */
	expected: string[];
	note?: string;
}

/** Results looked at for MRR; a right page further down counts as not found. */
export const TOP = 10;
/** The target: hit@3 at least this overall… */
export const TARGET_OVERALL = 0.9;
/** …and at least this in every class. */
export const TARGET_CLASS = 0.8;

const SITE_PATH = /^\/([a-z0-9-]+\/)*$/;

/** Parses and checks an evaluation set; throws one error that lists every problem, each with its entry number. */
export function parseEvalSet(text: string, source = 'evaluation set'): EvalQuery[] {
	const data: unknown = parse(text);
	if (!Array.isArray(data)) throw new Error(`${source}: expected a list of queries`);
	const problems: string[] = [];
	const queries: EvalQuery[] = [];
	const seen = new Set<string>();
	data.forEach((item: unknown, index) => {
		const at = `${source} #${index + 1}`;
		if (typeof item !== 'object' || item === null) return void problems.push(`${at}: not a mapping`);
		const { query, class: kind, expected, note, ...rest } = item as Record<string, unknown>;
		const unknownKeys = Object.keys(rest);
		if (unknownKeys.length > 0) problems.push(`${at}: unknown field ${unknownKeys.join(', ')}`);
		if (typeof query !== 'string' || !query.trim())
			return void problems.push(`${at}: query must be a non-empty string`);
		const name = `${at} "${query}"`;
		if (seen.has(query.trim().toLowerCase())) problems.push(`${name}: query appears twice`);
		seen.add(query.trim().toLowerCase());
		if (typeof kind !== 'string' || !(kind in QUERY_CLASSES))
			problems.push(`${name}: class must be one of ${Object.keys(QUERY_CLASSES).join(', ')}`);
		if (!Array.isArray(expected) || expected.length === 0)
			return void problems.push(`${name}: expected must list at least one page`);
		for (const path of expected)
			if (typeof path !== 'string' || !SITE_PATH.test(path))
				problems.push(`${name}: expected "${String(path)}" is not a site path like /begrippen/borging/`);
		if (note !== undefined && typeof note !== 'string') problems.push(`${name}: note must be text`);
		queries.push({
			query,
			class: kind as QueryClass,
			expected: expected as string[],
			...(typeof note === 'string' ? { note } : {}),
		});
	});
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return queries;
}

/** What the search showed for one query. */
export interface QueryRun {
	/** Result paths in rank order, the first TOP at most. */
	ranked: string[];
	/** Results found in all, as the page reports them (undefined when it does not say). */
	total: number | undefined;
	/** Milliseconds from navigation to the first result on screen; undefined when none appeared. */
	firstResultMs: number | undefined;
	/** Bytes fetched from /pagefind/ (bodies and headers) until the results were settled. */
	bytes: number;
}

export interface ScoredQuery extends EvalQuery, QueryRun {
	/** 1-based rank of the first right page within the top TOP; undefined when none is there. */
	rank: number | undefined;
}

/** The 1-based rank of the first expected path among the top TOP results. */
export function firstRank(ranked: readonly string[], expected: readonly string[]): number | undefined {
	const index = ranked.slice(0, TOP).findIndex((path) => expected.includes(path));
	return index === -1 ? undefined : index + 1;
}

export interface Scores {
	queries: number;
	hit1: number;
	hit3: number;
	mrr: number;
	/** Median milliseconds to the first result, over the queries that showed one. */
	medianFirstResultMs: number | undefined;
	medianBytes: number;
}

const median = (values: number[]): number | undefined => {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** hit@1, hit@3 and MRR over the top TOP, as fractions of the queries. */
export function scores(rows: readonly ScoredQuery[]): Scores {
	const n = rows.length;
	const share = (count: number) => (n === 0 ? 0 : count / n);
	return {
		queries: n,
		hit1: share(rows.filter((r) => r.rank === 1).length),
		hit3: share(rows.filter((r) => r.rank !== undefined && r.rank <= 3).length),
		mrr: share(rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0)),
		medianFirstResultMs: median(rows.flatMap((r) => (r.firstResultMs === undefined ? [] : [r.firstResultMs]))),
		medianBytes: median(rows.map((r) => r.bytes)) ?? 0,
	};
}

export interface Summary {
	overall: Scores;
	byClass: [QueryClass, Scores][];
	/** Whether hit@3 reaches TARGET_OVERALL overall and TARGET_CLASS in every class. */
	met: boolean;
}

export function summarise(rows: readonly ScoredQuery[]): Summary {
	const byClass = (Object.keys(QUERY_CLASSES) as QueryClass[])
		.map((kind): [QueryClass, Scores] => [kind, scores(rows.filter((r) => r.class === kind))])
		.filter(([, s]) => s.queries > 0);
	const overall = scores(rows);
	const met = overall.hit3 >= TARGET_OVERALL && byClass.every(([, s]) => s.hit3 >= TARGET_CLASS);
	return { overall, byClass, met };
}

export const targetLine = (summary: Summary): string =>
	`target hit@3 ≥ ${TARGET_OVERALL} overall and ≥ ${TARGET_CLASS} per class: ${summary.met ? 'met' : 'NOT MET'}`;

const fixed = (n: number) => n.toFixed(2);
const ms = (n: number | undefined) => (n === undefined ? '–' : `${Math.round(n)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Rows of a plain table: one per class and one overall. */
export function scoreTable(summary: Summary): string[][] {
	const row = (label: string, s: Scores) => [
		label,
		String(s.queries),
		fixed(s.hit1),
		fixed(s.hit3),
		fixed(s.mrr),
		ms(s.medianFirstResultMs),
		kb(s.medianBytes),
	];
	return [
		['class', 'queries', 'hit@1', 'hit@3', 'MRR@10', 'first result (median)', 'fetched (median)'],
		...summary.byClass.map(([kind, s]) => row(QUERY_CLASSES[kind], s)),
		row('overall', summary.overall),
	];
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text: string) => `\`${text}\``;
const markdownTable = (rows: string[][]) => {
	const [head = [], ...body] = rows;
	return [head, head.map(() => '---'), ...body].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
};

/** Everything the report says about the run besides the scores. */
export interface RunInfo {
	/** Where the set came from, as a repository path. */
	set: string;
	commit: string;
	date: string;
	browser: string;
}

/** Heading of the report's hand-written part, which a new run keeps. */
export const CHANGES_HEADING = '## What changed';

/** The hand-written part of an earlier report: from CHANGES_HEADING to its end; empty when it has none. */
export function changesOf(previous: string): string {
	const at = previous.search(new RegExp(`^${CHANGES_HEADING}$`, 'm'));
	return at === -1 ? '' : previous.slice(at).trimEnd();
}

/**
 * The Markdown report: scores per class, target, the hand-written `changes`
 * (kept from the report before), misses by class, then every query.
 */
export function markdownReport(rows: readonly ScoredQuery[], info: RunInfo, changes = ''): string {
	const summary = summarise(rows);
	const misses = rows.filter((r) => r.rank === undefined || r.rank > 3);
	const lines = [
		'# Search quality',
		'',
		`Written by \`npm run bench:search\` (scripts/bench/search.ts) from ${code(info.set)}: ${rows.length} queries typed into the site's own \`/zoeken/\` in headless Chromium (${info.browser}), each on a first visit (empty cache). Commit ${code(info.commit)}, ${info.date}.`,
		'',
		`A query is a hit@k when one of its expected pages is among the first k results; MRR@10 averages 1/rank of the first expected page in the top ${TOP} (0 when none is there). The first result is timed from navigation to the first result on screen; fetched counts what came from \`/pagefind/\` until the list was settled.`,
		'',
		markdownTable(scoreTable(summary)),
		'',
		`**${targetLine(summary)}**`,
		'',
		'## Misses (no expected page in the top 3)',
		'',
	];
	if (misses.length === 0) lines.push('None.', '');
	for (const [kind] of summary.byClass) {
		const missed = misses.filter((r) => r.class === kind);
		if (missed.length === 0) continue;
		lines.push(
			`### ${QUERY_CLASSES[kind]}`,
			'',
			markdownTable([
				['query', 'expected', 'rank', 'came first'],
				...missed.map((r) => [
					code(r.query),
					r.expected.join(', '),
					r.rank === undefined ? (r.ranked.length === 0 ? 'no results' : `not in top ${TOP}`) : String(r.rank),
					r.ranked[0] ?? '–',
				]),
			]),
			'',
		);
	}
	lines.push(
		'## All queries',
		'',
		markdownTable([
			['class', 'query', 'rank', 'results', 'first result', 'fetched', 'note'],
			...rows.map((r) => [
				QUERY_CLASSES[r.class],
				code(r.query),
				r.rank === undefined ? '–' : String(r.rank),
				r.total === undefined ? '?' : String(r.total),
				ms(r.firstResultMs),
				kb(r.bytes),
				r.note ?? '',
			]),
		]),
		'',
	);
	if (changes) lines.push(changes, '');
	return lines.join('\n');
}

/** A table as aligned plain text, for the terminal. */
export function plainTable(rows: string[][]): string {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows.map((r) => r.map((text, i) => text.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}
