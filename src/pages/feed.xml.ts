/**
 * RSS feed of new and updated content: every published entry with a review
 * date, newest first. Built with @astrojs/rss rather than hand-written XML,
 * so escaping and RFC 822 dates are handled by a maintained library.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { descriptionOf, published, titleOf, urlOf } from '../lib/content.ts';
import { collections } from '../schemas/index.ts';

/** How many items the feed holds; readers only need the recent ones. */
const LIMIT = 50;

export const GET: APIRoute = async ({ site }) => {
	const entries = [
		...(await published('stappen')),
		...(await published('begrippen')),
		...(await published('tools')),
		...(await published('rapporten')),
		...(await published('paginas')),
	].flatMap((entry) => (entry.data.reviewed ? [{ entry, reviewed: entry.data.reviewed }] : []));
	entries.sort(
		(a, b) => b.reviewed.getTime() - a.reviewed.getTime() || titleOf(a.entry).localeCompare(titleOf(b.entry), 'nl'),
	);
	return rss({
		title: 'Implementatiewiki: nieuw en bijgewerkt',
		description:
			'Nieuwe en bijgewerkte pagina’s van de Implementatiewiki, de open kennisbank over implementatie in zorg, preventie en welzijn.',
		site: site ?? 'https://implementatiewiki.nl',
		customData: '<language>nl</language>',
		trailingSlash: true,
		items: entries.slice(0, LIMIT).map(({ entry, reviewed }) => ({
			title: titleOf(entry),
			description: descriptionOf(entry),
			link: urlOf(entry),
			pubDate: reviewed,
			categories: [collections[entry.collection].singular],
		})),
	});
};
