/** Builds the site's URLs in one place, so pages and tests agree on them. */
import { collections, type CollectionName } from '../schemas/index.ts';

/** The URL of one entry. Hand-written pages live at the top level. */
export function entryUrl(collection: CollectionName, id: string): string {
	const base = collections[collection].base;
	if (collection === 'paginas') return id === 'handleiding' ? '/handleiding/' : `/${id}/`;
	return `${base}${id}/`;
}

/** The URL of a collection's index page. */
export function indexUrl(collection: CollectionName): string {
	return collections[collection].base ?? '/';
}
