/**
 * Registers the schema checks with Decap (src/lib/cms/check.ts): on `preSave`
 * an invalid entry is refused with the validator's Dutch lines, and optional
 * fields left empty are taken out of the data; on `prePublish` the entry is
 * checked again, since the other entries may have changed since it was saved.
 * Decap shows a thrown error in its "niet opgeslagen" or "niet gepubliceerd"
 * message.
 */
import type { CMS as DecapCms } from 'decap-cms-core';
import { checkDraft, refusal, type IndexEntry } from '../lib/cms/check.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';

/** The parts of Decap's Immutable entry map this reads. */
interface EntryMap {
	get(key: 'collection' | 'slug'): string | undefined;
	get(key: 'data'): DataMap;
}
interface DataMap {
	toJS(): Record<string, unknown>;
	deleteIn(path: readonly (string | number)[]): DataMap;
}

const isCollection = (name: string | undefined): name is CollectionName =>
	(collectionNames as readonly string[]).includes(name ?? '');

/** An error whose text is only the message: Decap prints it after "Kan niet …:". */
function refused(text: string): Error {
	const error = new Error(text);
	error.name = '';
	return error;
}

function check(entry: EntryMap, index: readonly IndexEntry[]) {
	const collection = entry.get('collection');
	if (!isCollection(collection)) return [];
	const result = checkDraft(collection, entry.get('slug') ?? '', entry.get('data').toJS(), index);
	if (result.problems.length > 0) throw refused(refusal(collection, result.problems));
	return result.remove;
}

export function registerChecks(cms: DecapCms, index: readonly IndexEntry[]): void {
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }: { entry: EntryMap }) => {
			const remove = check(entry, index);
			if (remove.length === 0) return undefined;
			return remove.reduce((data, path) => data.deleteIn(path), entry.get('data'));
		},
	});
	cms.registerEventListener({
		name: 'prePublish',
		handler: ({ entry }: { entry: EntryMap }) => {
			check(entry, index);
			return undefined;
		},
	});
}
