/**
 * How the header dialog and /zoeken/ show an outcome of the query pipeline:
 * the status line (a `role="status"` region, so screen readers hear what
 * happened, relaxing and correcting included), the "Bedoelde je …?" line,
 * the best match as a card with its definition or summary, and the other
 * results labelled by type with a sentence around the match. Loaded with the
 * first results, not before.
 */
import { inRankOrder } from './search-core.ts';
import type { ResultData, SearchOutcome } from './search-pipeline.ts';

/** "1 resultaat" / "12 resultaten". */
export const countText = (n: number): string => (n === 1 ? '1 resultaat' : `${n} resultaten`);

/** What the status line says about an outcome for `typed` (what is in the search box). */
export function statusText(outcome: SearchOutcome, typed: string): string {
	const count = countText(outcome.total);
	if (!typed) return outcome.total === 0 ? 'Geen resultaten.' : `${count}.`;
	if (outcome.corrected)
		return `Niets gevonden voor “${typed}”. Dit zijn de resultaten voor “${outcome.query}”: ${count}.`;
	if (outcome.total === 0) return `Geen resultaten voor “${typed}”.`;
	if (outcome.relaxed === 'none') return `Geen pagina met alle woorden; dit zijn de beste treffers (${count}).`;
	// With a best match on top, that is the news, not how few pages have every word.
	if (outcome.relaxed === 'few' && !outcome.best)
		return `Weinig pagina's met alle woorden; dit zijn de beste treffers (${count}).`;
	return `${count} voor “${typed}”.`;
}

/** Label shown above a result: "Begrip", "Stap 4", "Methode of tool". */
export function typeLabel(meta: ResultData['meta']): string {
	if (meta['stap'] && meta['type'] === 'Stap') return `Stap ${meta['stap']}`;
	return meta['type'] ?? 'Pagina';
}

const span = (className: string, textContent: string) =>
	Object.assign(document.createElement('span'), { className, textContent });

/** Text that keeps only its `<mark>`s, in a span of the given class. */
function markedSpan(className: string, html: string): HTMLSpanElement {
	const element = span(className, '');
	element.innerHTML = sanitiseExcerpt(html);
	return element;
}

/** A result as `<li><a>type, title, …</a></li>`; `body` is what follows the title. */
function resultListItem(result: ResultData, type: string, linkClass: string, body: HTMLElement[]): HTMLLIElement {
	const li = document.createElement('li');
	const link = Object.assign(document.createElement('a'), { href: result.url, className: linkClass });
	link.append(
		span('search-result__type', type),
		span('search-result__title', result.meta['title'] ?? result.url),
		...body,
	);
	li.append(link);
	return li;
}

/** Text of an excerpt or definition without marks, ellipses and spacing differences, for comparing. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const plainText = (html: string): string =>
	html
		.replace(/<[^>]*>/g, '')
		// Pagefind's page text is HTML-escaped; its meta is not.
		.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
		.replace(/…/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * Whether a result shows its excerpt: not when it only says the definition
 * shown above it again. That happens when the page was found by its meta
 * alone (such as its search words: the excerpt is the start of the page), and
 * when the matched word is in the definition sentence.
 */
export function showsExcerpt(result: Pick<ResultData, 'excerpt' | 'meta'>): boolean {
	const excerpt = plainText(result.excerpt);
	const definition = plainText(result.meta['definition'] ?? '');
	if (excerpt === '') return false;
	if (definition === '') return true;
	if (!result.excerpt.includes('<mark>')) return false;
	return !definition.includes(excerpt) && !excerpt.startsWith(definition);
}

/** Builds one result as `<li><a>…</a></li>`; the excerpt keeps only its `<mark>`s. */
export function resultItem(result: ResultData): HTMLLIElement {
	const definition = result.meta['definition'];
	return resultListItem(result, typeLabel(result.meta), 'search-result', [
		...(definition ? [span('search-result__definition', definition)] : []),
		...(showsExcerpt(result) ? [markedSpan('search-result__excerpt', result.excerpt)] : []),
	]);
}

/**
 * The best match as a card: its type, title and definition (a term) or the
 * start of its page, which is a step's or tool's summary, so the answer shows
 * without a click.
 */
export function bestMatchItem(result: ResultData): HTMLLIElement {
	const definition = result.meta['definition'];
	const item = resultListItem(
		result,
		`Beste treffer · ${typeLabel(result.meta)}`,
		'search-result search-result--best',
		[definition ? span('search-result__definition', definition) : markedSpan('search-result__definition', result.lead)],
	);
	item.className = 'search-best';
	return item;
}

/** Keeps only text and `<mark>` from an excerpt, whatever it holds. */
export function sanitiseExcerpt(html: string): string {
	const template = document.createElement('template');
	template.innerHTML = html;
	const out = document.createElement('div');
	for (const node of template.content.childNodes) {
		if (node.nodeName === 'MARK')
			out.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
		else out.append(document.createTextNode(node.textContent ?? ''));
	}
	return out.innerHTML;
}

/** The parts of a search box the view fills in. */
export interface SearchBox {
	list: HTMLOListElement;
	status: HTMLElement;
	/** Advice shown when nothing was found. */
	empty: HTMLElement;
	/** The "Bedoelde je …?" line. */
	suggest: HTMLElement;
}

/**
 * Fills in the "Bedoelde je …?" line: a link to the suggested query (a
 * normal link to /zoeken/ without JavaScript); `pick` runs instead on click.
 */
export function showSuggestion(box: SearchBox, suggestion: string | undefined, pick: (query: string) => void): void {
	box.suggest.replaceChildren();
	box.suggest.hidden = suggestion === undefined;
	if (suggestion === undefined) return;
	const link = Object.assign(document.createElement('a'), {
		href: `/zoeken/?q=${encodeURIComponent(suggestion)}`,
		textContent: suggestion,
	});
	link.addEventListener('click', (event) => {
		event.preventDefault();
		pick(suggestion);
	});
	box.suggest.append('Bedoelde je ', link, '?');
}

/**
 * Shows an outcome: the top result replaces the old list (so the list never
 * flashes empty while the visitor types), the status line, suggestion and
 * advice follow with it (or at once when nothing matched), and `onFirst`
 * runs; the other results follow in rank order. Resolves to false when a
 * newer search took over first.
 */
export function showOutcome(
	box: SearchBox,
	outcome: SearchOutcome,
	typed: string,
	current: () => boolean,
	pick: (query: string) => void,
	onFirst: () => void = () => undefined,
): Promise<boolean> {
	const first = () => {
		box.status.textContent = statusText(outcome, typed);
		box.empty.hidden = outcome.total > 0;
		showSuggestion(box, outcome.suggestion, pick);
		onFirst();
	};
	if (outcome.results.length === 0) {
		box.list.replaceChildren();
		first();
		return Promise.resolve(true);
	}
	return inRankOrder(
		outcome.results,
		(result, index) => {
			if (index > 0) return void box.list.append(resultItem(result));
			box.list.replaceChildren(outcome.best ? bestMatchItem(result) : resultItem(result));
			first();
		},
		current,
	);
}
