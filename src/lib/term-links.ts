/**
 * Automatic term links link only the first mention of a term on a page
 * (src/markdown/remark-glossary-links.ts). A page that shows several entries,
 * such as the printable handleiding, gets the first mention of each entry;
 * this keeps the rule for the page as a whole.
 */
import { TERM_LINK_CLASS } from '../markdown/remark-glossary-links.ts';

// The plugin's markup: a link with only text in it, href first and the class second.
const TERM_LINK = new RegExp(`<a href="([^"]*)" class="${TERM_LINK_CLASS}"[^>]*>([^<]*)</a>`, 'g');

/** Rendered HTML with every term link after the first one to the same term replaced by its text. */
export function firstTermLinksOnly(html: string): string {
	const seen = new Set<string>();
	return html.replace(TERM_LINK, (link, href: string, text: string) => {
		if (seen.has(href)) return text;
		seen.add(href);
		return link;
	});
}
