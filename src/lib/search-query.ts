/**
 * The first step of the query pipeline: what a typed query asks for. Stop
 * words and question words ("hoe", "wat", "ik", "een") carry no subject, and
 * Pagefind requires every word of a query on a page, so "hoe maak ik een
 * implementatieplan" found nothing while "implementatieplan" finds the plan.
 * The words left are the content words. Pure; the pipeline runs it with the
 * Dutch list of stopwords-iso.
 */
import { fold, sharedPrefix, wordsOf, type StopWordTest } from './search-text.ts';

/**
 * The particles of Dutch separable verbs ("opzetten": "hoe zet ik … op").
 * A closed word class of the grammar, not a list of stop words: the stop
 * words come from stopwords-iso.
 */
const PARTICLES: ReadonlySet<string> = new Set([
	'aan',
	'achter',
	'af',
	'bij',
	'binnen',
	'door',
	'heen',
	'in',
	'langs',
	'los',
	'mee',
	'mis',
	'na',
	'neer',
	'om',
	'op',
	'open',
	'over',
	'rond',
	'samen',
	'stil',
	'tegen',
	'terecht',
	'terug',
	'toe',
	'uit',
	'vast',
	'vol',
	'voor',
	'voort',
	'weg',
]);

export interface QueryPlan {
	/** The query as typed, trimmed. */
	text: string;
	/** Its words, as typed. */
	words: string[];
	/**
	 * The words that carry its subject: the words without stop words, or every
	 * word when all are stop words (a search for "over" still means something).
	 */
	content: string[];
}

/**
 * Splits a query into its words and content words. A question that ends in
 * the particle of a separable verb gets the verb whole: in "hoe zet ik een
 * lerend netwerk op" the verb is "opzet" (Pagefind's stemming then finds
 * "opzetten"), where "zet" alone would miss the page.
 */
export function planQuery(text: string, isStopWord: StopWordTest): QueryPlan {
	const words = wordsOf(text);
	const content = words.filter((word) => !isStopWord(fold(word)));
	if (content.length === 0) return { text: text.trim(), words, content: words };
	// A question starts with a question word, then the verb: "hoe zet ik", "wanneer stel je".
	const [first = '', verb = '', ...rest] = words;
	const particle = fold(rest.at(-1) ?? '');
	if (rest.length >= 2 && isStopWord(fold(first)) && !isStopWord(fold(verb)) && PARTICLES.has(particle)) {
		const at = content.indexOf(verb);
		if (at !== -1) {
			content[at] = `${particle}${fold(verb)}`;
			// The particle is part of the verb now, not a word of its own ("vol" is no stop word).
			const alone = content.lastIndexOf(rest.at(-1) ?? '');
			if (alone > at) content.splice(alone, 1);
		}
	}
	return { text: text.trim(), words, content };
}

/**
 * Whether a word found on a page (`found`) is a match for a query word, and
 * not a stand-in. For a word that is on no page Pagefind falls back to the
 * longest word that starts the same ("weerstant" finds "weer"); a real match
 * shares all of the query word but its last two letters (an inflection or a
 * stem: "verankerd" and "verankering"). Short words must match at the start.
 */
export function supports(found: string, word: string): boolean {
	const bare = (text: string) =>
		fold(text)
			.replace(/['’]/g, '')
			.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	const [a, b] = [bare(found), bare(word)];
	return sharedPrefix(a, b) >= Math.min(b.length, Math.max(4, b.length - 2));
}
