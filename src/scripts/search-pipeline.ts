/**
 * The query pipeline in front of Pagefind, for the header dialog and /zoeken/
 * alike. Loaded on demand with the first search (search-core.ts), so none of
 * it, the stop words or the vocabulary weigh on a page before the visitor
 * searches. In order:
 * 1. content words: stop words and question words out (src/lib/search-query.ts);
 * 2. strict search for all content words, plus two adjacent words searched as
 *    one compound where the index has that word (src/lib/search-compounds.ts);
 * 3. relaxing: with fewer than FEW_RESULTS pages, or LONG_QUERY content words or more, each content word on its own,
 *    merged by rank with the pages that have every word (src/lib/search-merge.ts);
 * 4. an exact match on a term, alias, English equivalent, step or tool first,
 *    as the best match (src/lib/search-exact.ts);
 * 5. a query word that no result matched: the vocabulary is fetched and the
 *    closest word suggested; the suggested query is searched instead when it
 *    finds anything (src/lib/search-suggest.ts).
 * Excerpts are built here from Pagefind's page text (src/lib/search-excerpt.ts).
 */
import { joinAt, joinCandidates } from '../lib/search-compounds.ts';
import { NAME_META, nameQueries, tieredMatchRank } from '../lib/search-exact.ts';
import { leadText, sentenceExcerpt } from '../lib/search-excerpt.ts';
import { FEW_RESULTS, mergeByRank, relax, type RankedList } from '../lib/search-merge.ts';
import { planQuery, supports, type QueryPlan } from '../lib/search-query.ts';
import { lexicon, suggestQuery, type Lexicon } from '../lib/search-suggest.ts';
import { MIN_WORD, parseVocabulary, SEARCH_VOCABULARY_URL } from '../lib/search-vocabulary.ts';
import { isStopWord } from './stop-words.ts';

/** Filter counts: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;
/** Pagefind filter query: OR within a filter with `any`, AND between filters. */
export type FilterQuery = Record<string, { any: string[] }>;

/** What Pagefind's `data()` gives for one result (the fields used here). */
export interface PagefindData {
	url: string;
	/** The page text, HTML-escaped, words separated by spaces. */
	raw_content?: string;
	content: string;
	meta: Record<string, string | undefined>;
}
/** One Pagefind result before its data is loaded. */
export interface PagefindHit {
	id: string;
	/** Positions of the matched words in the page text. */
	words: number[];
	/** The meta fields the query matched (Pagefind 1.5 searches meta too); absent when none. */
	matchedMetaFields?: string[];
	data(): Promise<PagefindData>;
}
export interface PagefindResponse {
	results: PagefindHit[];
	filters: FilterCounts;
}
/** The part of Pagefind's API the pipeline uses. */
export interface PagefindSearch {
	search(term: string | null, options?: { filters?: FilterQuery }): Promise<PagefindResponse>;
}

/** One result as the search boxes show it. */
export interface ResultData {
	url: string;
	/** A sentence around the match, HTML-escaped, with `<mark>` around the matched words. */
	excerpt: string;
	/** The start of the page after its title, HTML-escaped: a step's or tool's summary, for the best-match card. */
	lead: string;
	meta: Record<string, string | undefined>;
}

/** How the results relate to the query. */
export type Relaxed =
	/** No page has every content word: the best pages for some of them. */
	| 'none'
	/** Fewer than FEW_RESULTS pages have every content word: they and the best pages for some of them. */
	| 'few';

export interface SearchOutcome {
	/** The query the results are for: as typed, or the suggestion when that was searched instead. */
	query: string;
	total: number;
	/** The first results' data in display order, each on its own (see showOutcome). */
	results: Promise<ResultData>[];
	/** Filter counts; for a relaxed query the largest count of any of its searches. */
	filters: FilterCounts;
	relaxed?: Relaxed;
	/** Whether the first result is an exact match, shown as the best match. */
	best: boolean;
	/** "Bedoelde je …?": the query with its unknown words corrected. */
	suggestion?: string;
	/** Whether the results are for `suggestion`, because the query as typed found nothing useful. */
	corrected: boolean;
}

export interface SearchRequest {
	text: string;
	filters?: FilterQuery;
	/** Results to load data for; 0 counts only. */
	limit: number;
	/** Pages in the index, for how much a word's list counts when relaxing. */
	pages: number;
}

/** What the pipeline needs besides Pagefind; separate so tests can pass their own. */
export interface PipelineDeps {
	/** The vocabulary, fetched the first time a suggestion is needed. */
	vocabulary: () => Promise<Lexicon>;
}

/** A joined compound counts twice as much as the words apart: it is what was meant when the index has it. */
const JOIN_WEIGHT = 2;
/**
 * From this many content words a query is a question in the visitor's own
 * words, and its words are also searched apart and merged even when many
 * pages have them all: the page that answers it often lacks one common word
 * ("hoe volg je de voortgang van de invoering": monitoring says "volgen" and
 * "voortgang", not "invoering").
 */
const LONG_QUERY = 3;
/** Joining is tried for queries of at most this many content words (each pair costs a search). */
const MAX_JOIN_WORDS = 4;
/** Results checked for an exact match: the ones the visitor sees first. */
const BEST_WINDOW = 10;
/**
 * A word on at most this share of the pages is specific enough to name what
 * a relaxed query is about: "draagvlak" in "hoe creëer ik draagvlak", not
 * "implementatie", which is on most pages.
 */
const RARE_SHARE = 0.2;

/** One page in a ranking, with every position and meta field any of the searches matched on it. */
interface Ranked {
	hit: PagefindHit;
	words: Set<number>;
	metaFields: Set<string>;
}

/** A ranked set of pages for one plan. */
interface Ranking {
	ids: string[];
	pages: Map<string, Ranked>;
	filters: FilterCounts;
	relaxed?: Relaxed;
	/** Content words that are part of a compound the index has. */
	joined: Set<string>;
	/** The content words with those compounds joined ("implementatie plan" → "implementatieplan"). */
	variants: string[];
	/** For a relaxed query: the content words on few pages (RARE_SHARE), which can name its subject. */
	rare: Set<string>;
}

const ids = (response: PagefindResponse) => response.results.map((hit) => hit.id);

/** The words of a page at the matched positions. */
function matchedWords(data: PagefindData, positions: Iterable<number>): string[] {
	const words = (data.raw_content ?? data.content).split(/\s+/).filter(Boolean);
	return [...positions].flatMap((at) => words[at] ?? []);
}

/** The largest count of each filter value over several searches. */
function maxCounts(all: readonly FilterCounts[]): FilterCounts {
	const out: FilterCounts = {};
	for (const counts of all)
		for (const [name, values] of Object.entries(counts))
			for (const [value, count] of Object.entries(values))
				(out[name] ??= {})[value] = Math.max(out[name]?.[value] ?? 0, count);
	return out;
}

/** Searches a plan: strict, with compounds joined where the index has them, relaxed when that finds little. */
async function rank(api: PagefindSearch, plan: QueryPlan, filters: FilterQuery, pages: number): Promise<Ranking> {
	const all = new Map<string, Ranked>();
	const note = (response: PagefindResponse) => {
		for (const hit of response.results) {
			const seen = all.get(hit.id) ?? { hit, words: new Set<number>(), metaFields: new Set<string>() };
			for (const at of hit.words) seen.words.add(at);
			for (const field of hit.matchedMetaFields ?? []) seen.metaFields.add(field);
			all.set(hit.id, seen);
		}
		return response;
	};
	const search = async (term: string) => note(await api.search(term, { filters }));
	const strict = await search(plan.content.join(' '));
	const lists: RankedList[] = [{ ids: ids(strict), weight: 1 }];
	const responses = [strict];
	const joined = new Set<string>();
	const variants: string[] = [];

	if (plan.content.length >= 2 && plan.content.length <= MAX_JOIN_WORDS) {
		for (const { at, forms } of joinCandidates(plan.content)) {
			for (const form of forms) {
				// Searched alone first: Pagefind answers a word it does not have with a stand-in
				// ("planaanpak" finds "plan"), so the top result must show the joined word itself.
				const alone = await api.search(form, { filters });
				const top = alone.results[0];
				if (!top || !matchedWords(await top.data(), top.words).some((word) => supports(word, form))) continue;
				const words = joinAt(plan.content, at, form);
				const response = words.length === 1 ? note(alone) : await search(words.join(' '));
				lists.push({ ids: ids(response), weight: JOIN_WEIGHT });
				responses.push(response);
				joined.add(plan.content[at] ?? '').add(plan.content[at + 1] ?? '');
				variants.push(words.join(' '));
				break;
			}
		}
	}
	const complete = mergeByRank(lists);
	const long = plan.content.length >= LONG_QUERY;
	if (plan.content.length < 2 || (complete.length >= FEW_RESULTS && !long))
		return {
			ids: complete,
			pages: all,
			filters: responses.length === 1 ? strict.filters : maxCounts(responses.map((r) => r.filters)),
			joined,
			variants,
			rare: new Set(),
		};

	// Relaxed: each content word on its own, the rarer words counting more.
	const words = [...new Set(plan.content)];
	const alone = await Promise.all(words.map((word) => search(word)));
	const relaxed = relax(complete, alone.map(ids), pages);
	return {
		ids: relaxed,
		pages: all,
		filters: maxCounts([...responses, ...alone].map((r) => r.filters)),
		// Relaxed only if that found more: the words apart may find just the same pages.
		...(relaxed.length > complete.length && complete.length < FEW_RESULTS
			? { relaxed: complete.length === 0 ? ('none' as const) : ('few' as const) }
			: {}),
		joined,
		variants,
		rare: new Set(words.filter((_, i) => (alone[i]?.results.length ?? 0) <= RARE_SHARE * Math.max(pages, 1))),
	};
}

/** A loaded result, with the words matched on it. */
interface Loaded {
	result: ResultData;
	matched: string[];
}

async function load(page: Ranked): Promise<Loaded> {
	const data = await page.hit.data();
	const text = data.raw_content ?? data.content;
	return {
		result: {
			url: data.url,
			meta: data.meta,
			// Found by its meta alone (no word of the text matched): the start of the page, after its title.
			excerpt: page.words.size > 0 ? sentenceExcerpt(text, [...page.words]) : leadText(text, data.meta['title'] ?? ''),
			lead: leadText(text, data.meta['title'] ?? ''),
		},
		matched: matchedWords(data, page.words),
	};
}

/** What the first results say about the query. */
interface Judged {
	/** Index of the best match among them; undefined when none matches exactly. */
	best: number | undefined;
	/** Content words no result matched: probably on no page. */
	unknown: string[];
}

/**
 * Reads the first results in rank order, as each arrives, and stops as soon
 * as the answer is known, so the results show without waiting for all of
 * them: when every content word has a real match and no result further down
 * can be a better exact match (the whole query beats a part of it; a term
 * beats a step beats a tool; only a result whose title, aliases or English
 * equivalents matched can be one).
 */
async function judge(
	pages: readonly Ranked[],
	pending: readonly Promise<Loaded>[],
	tiers: readonly (readonly string[])[],
	words: readonly string[],
): Promise<Judged> {
	const unknown = new Set(words);
	const named = pages.map((page) => NAME_META.some((field) => page.metaFields.has(field)));
	let best: { index: number; rank: number } | undefined;
	for (const [index, loading] of pending.entries()) {
		const betterLeft = best?.rank !== 0 && named.slice(index).some(Boolean);
		if (unknown.size === 0 && !betterLeft) break;
		const { result, matched } = await loading;
		for (const word of unknown) if (matched.some((found) => supports(found, word))) unknown.delete(word);
		const rank = named[index] ? tieredMatchRank(tiers, result.meta) : undefined;
		if (rank !== undefined && (!best || rank < best.rank)) best = { index, rank };
	}
	return { best: best?.index, unknown: [...unknown] };
}

/** Searches one query through the whole pipeline; see the file header. */
export async function runPipeline(
	api: PagefindSearch,
	request: SearchRequest,
	deps: PipelineDeps,
	allowCorrection = true,
): Promise<SearchOutcome> {
	const { text, filters = {}, limit, pages } = request;
	const plan = planQuery(text, isStopWord);
	if (plan.content.length === 0) {
		// Only filters (or nothing to search for): Pagefind lists what matches the filters.
		const response = await api.search(text.trim() ? text : null, { filters });
		const results = response.results
			.slice(0, limit)
			.map((hit) => load({ hit, words: new Set(), metaFields: new Set() }).then((l) => l.result));
		for (const result of results) result.catch(() => undefined);
		return {
			query: text,
			total: response.results.length,
			results,
			filters: response.filters,
			best: false,
			corrected: false,
		};
	}
	const ranking = await rank(api, plan, filters, pages);
	const base = { query: text, total: ranking.ids.length, filters: ranking.filters, corrected: false } as const;
	const relaxed = ranking.relaxed ? { relaxed: ranking.relaxed } : {};
	if (limit === 0) return { ...base, ...relaxed, results: [], best: false };

	const shown = ranking.ids.slice(0, limit).flatMap((id) => ranking.pages.get(id) ?? []);
	const pending = shown.map(load);
	// A newer search may leave some unread; their failures must not go unhandled.
	for (const result of pending) result.catch(() => undefined);
	const { best, unknown } = await judge(
		shown.slice(0, BEST_WINDOW),
		pending.slice(0, BEST_WINDOW),
		nameQueries(plan, ranking.variants, ranking.rare),
		plan.content.filter((word) => [...word].length >= MIN_WORD && !ranking.joined.has(word)),
	);
	const ordered = best === undefined ? pending : [pending[best]!, ...pending.filter((_, i) => i !== best)];
	const results = ordered.map((loading) => loading.then((l) => l.result));
	const outcome: SearchOutcome = { ...base, ...relaxed, results, best: best !== undefined };
	if (best !== undefined || unknown.length === 0) return outcome;
	let suggestion: string | undefined;
	try {
		suggestion = suggestQuery(plan.text, unknown, await deps.vocabulary());
	} catch {
		return outcome; // No vocabulary (offline): the results as they are.
	}
	if (!suggestion) return outcome;
	if (allowCorrection) {
		const corrected = await runPipeline(api, { ...request, text: suggestion }, deps, false);
		if (corrected.total > 0) return { ...corrected, query: suggestion, suggestion, corrected: true };
	}
	return { ...outcome, suggestion };
}

let vocabulary: Promise<Lexicon> | undefined;

/** Fetches the build's vocabulary once; a failed fetch is tried again next time. */
export function fetchVocabulary(): Promise<Lexicon> {
	vocabulary ??= fetch(SEARCH_VOCABULARY_URL)
		.then((response) => {
			if (!response.ok) throw new Error(`${SEARCH_VOCABULARY_URL}: HTTP ${response.status}`);
			return response.json();
		})
		.then((json) => lexicon(parseVocabulary(json)));
	vocabulary.catch(() => (vocabulary = undefined));
	return vocabulary;
}
