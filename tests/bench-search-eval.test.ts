/**
 * The search quality bench without a browser (scripts/bench/search-eval.ts):
 * the evaluation set in the repo stays usable as content changes, bad sets are
 * refused with a message that names the entry, and the scores add up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	changesOf,
	firstRank,
	markdownReport,
	parseEvalSet,
	QUERY_CLASSES,
	summarise,
	type ScoredQuery,
} from '../scripts/bench/search-eval.ts';
import { collectionNames } from '../src/schemas/index.ts';
import { entryUrl } from '../src/lib/urls.ts';

const SET = 'bench/search-eval.yaml';

describe('the evaluation set in the repo', () => {
	const queries = parseEvalSet(readFileSync(SET, 'utf8'), SET);

	it('has at least 70 queries and at least 8 in every class', () => {
		expect(queries.length).toBeGreaterThanOrEqual(70);
		for (const kind of Object.keys(QUERY_CLASSES))
			expect(queries.filter((q) => q.class === kind).length, kind).toBeGreaterThanOrEqual(8);
	});

	it('expects only pages that the content has', () => {
		const urls = new Set(
			collectionNames.flatMap((collection) =>
				readdirSync(`content/${collection}`)
					.filter((file) => /\.mdx?$/.test(file))
					.map((file) => entryUrl(collection, file.replace(/\.mdx?$/, ''))),
			),
		);
		const unknown = queries.flatMap((q) => q.expected.filter((path) => !urls.has(path)).map((p) => `${q.query}: ${p}`));
		expect(unknown).toEqual([]);
	});
});

describe('parseEvalSet', () => {
	it('refuses a set that is not a list', () => {
		expect(() => parseEvalSet('query: borging', 'x.yaml')).toThrow('x.yaml: expected a list of queries');
	});

	it('lists every problem, each with its entry', () => {
		const yaml = [
			'- { query: borging, class: exact, expected: [/begrippen/borging/] }',
			'- { query: "", class: exact, expected: [/begrippen/borging/] }',
			'- { query: Borging, class: exact, expected: [/begrippen/borging/] }',
			'- { query: scale-up, class: engels, expected: [begrippen/opschaling] }',
			'- { query: NIC, class: abbreviation, expected: [], url: /x/ }',
		].join('\n');
		expect(() => parseEvalSet(yaml, 'x.yaml')).toThrow(
			[
				'x.yaml #2: query must be a non-empty string',
				'x.yaml #3 "Borging": query appears twice',
				'x.yaml #4 "scale-up": class must be one of exact, inflection, compound, english, typo, question, abbreviation',
				'x.yaml #4 "scale-up": expected "begrippen/opschaling" is not a site path like /begrippen/borging/',
				'x.yaml #5: unknown field url',
				'x.yaml #5 "NIC": expected must list at least one page',
			].join('\n'),
		);
	});
});

const row = (query: string, kind: ScoredQuery['class'], ranked: string[], expected: string[]): ScoredQuery => ({
	query,
	class: kind,
	expected,
	ranked,
	total: ranked.length,
	firstResultMs: ranked.length ? 100 : undefined,
	bytes: 1024,
	rank: firstRank(ranked, expected),
});

describe('scores', () => {
	it('ranks the first expected page within the top 10 only', () => {
		const ranked = Array.from({ length: 12 }, (_, i) => `/p${i + 1}/`);
		expect(firstRank(ranked, ['/p3/', '/p2/'])).toBe(2);
		expect(firstRank(ranked, ['/p10/'])).toBe(10);
		expect(firstRank(ranked, ['/p11/'])).toBeUndefined();
		expect(firstRank([], ['/p1/'])).toBeUndefined();
	});

	it('computes hit@1, hit@3 and MRR per class and overall, and the target', () => {
		const rows = [
			row('a', 'exact', ['/a/', '/x/'], ['/a/']),
			row('b', 'exact', ['/x/', '/y/', '/b/'], ['/b/']),
			row('c', 'typo', ['/x/', '/y/', '/z/', '/c/'], ['/c/']),
			row('d', 'typo', [], ['/d/']),
		];
		const summary = summarise(rows);
		expect(summary.overall).toMatchObject({ queries: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 1 / 3 + 1 / 4) / 4 });
		expect(summary.byClass.map(([kind, s]) => [kind, s.hit3, s.mrr])).toEqual([
			['exact', 1, (1 + 1 / 3) / 2],
			['typo', 0, 1 / 8],
		]);
		expect(summary.overall.medianFirstResultMs).toBe(100);
		expect(summary.met).toBe(false);
		expect(summarise(rows.slice(0, 2)).met).toBe(true);
	});

	it('reports each miss under its class with what came first', () => {
		const report = markdownReport(
			[row('a', 'exact', ['/a/'], ['/a/']), row('c', 'typo', ['/x/', '/y/', '/z/', '/c/'], ['/c/'])],
			{ set: SET, commit: 'abc1234', date: '2026-01-01', browser: 'Chromium 1' },
		);
		expect(report).toContain('target hit@3 ≥ 0.9 overall and ≥ 0.8 per class: NOT MET');
		expect(report).toContain('### typo / missing accent\n\n| query | expected | rank | came first |');
		expect(report).toContain('| `c` | /c/ | 4 | /x/ |');
		expect(report).not.toContain('### exact term');
	});

	it('keeps the hand-written account of what changed from the report before, at its end', () => {
		const before =
			'# Search quality\n\n| old | table |\n\n## What changed\n\nStop words out.\n\n### Before\n\nFigures.\n';
		expect(changesOf(before)).toBe('## What changed\n\nStop words out.\n\n### Before\n\nFigures.');
		expect(changesOf('# Search quality\n\nNo notes.\n')).toBe('');
		const report = markdownReport(
			[row('a', 'exact', ['/a/'], ['/a/'])],
			{ set: SET, commit: 'abc1234', date: '2026-01-01', browser: 'Chromium 1' },
			changesOf(before),
		);
		expect(report.endsWith('## What changed\n\nStop words out.\n\n### Before\n\nFigures.\n')).toBe(true);
		expect(report).not.toContain('| old | table |');
	});
});
