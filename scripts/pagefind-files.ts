/**
 * Reads the index chunks of a Pagefind bundle, for the warm-up word
 * (src/lib/search-warm-up.ts), and its fragments, for the search vocabulary. Pagefind 1.x writes its metadata and each
 * index chunk gzipped, as the signature `pagefind_dcd` followed by CBOR;
 * cbor2 decodes that (pure JavaScript, no native build, kept up to date).
 * The shapes read here are those of Pagefind 1.5: the metadata's third field
 * lists the chunks as [first word, last word, hash], and a chunk's first
 * field lists its words as [word, pages, …].
 */
import { decode } from 'cbor2';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexedPage } from '../src/lib/search-vocabulary.ts';
import type { IndexChunk } from '../src/lib/search-warm-up.ts';

const SIGNATURE = 'pagefind_dcd';

/** Decodes one of Pagefind's gzipped CBOR files; throws with the file's path when it is not one. */
export function readPagefindFile(path: string): unknown {
	const bytes = gunzipSync(readFileSync(path));
	if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
		throw new Error(`${path}: not a Pagefind index file (no ${SIGNATURE} signature)`);
	return decode(bytes.subarray(SIGNATURE.length));
}

function fail(path: string, what: string): never {
	throw new Error(`${path}: ${what}; is this the index of Pagefind 1.5?`);
}

/**
 * The index chunks of the bundle in `dir` (its language with the most pages),
 * with the words of the `read` smallest chunks.
 */
export function readIndexChunks(dir: string, read = 0): IndexChunk[] {
	const entryPath = join(dir, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as {
		languages?: Record<string, { hash?: string; page_count?: number }>;
	};
	const [language] = Object.values(entry.languages ?? {}).sort((a, b) => (b.page_count ?? 0) - (a.page_count ?? 0));
	if (!language?.hash) fail(entryPath, 'no language with an index');
	const metaPath = join(dir, `pagefind.${language.hash}.pf_meta`);
	const meta = readPagefindFile(metaPath);
	const list = Array.isArray(meta) ? meta[2] : undefined;
	if (!Array.isArray(list)) fail(metaPath, 'no list of index chunks');
	const chunks = list.map((item: unknown) => {
		if (!Array.isArray(item) || item.length < 3 || !item.every((field) => typeof field === 'string'))
			fail(metaPath, 'an index chunk is not [from, to, hash]');
		const [from, to, hash] = item as [string, string, string];
		const path = join(dir, 'index', `${hash}.pf_index`);
		return { chunk: { from, to, bytes: statSync(path).size } as IndexChunk, path };
	});
	for (const item of [...chunks].sort((a, b) => a.chunk.bytes - b.chunk.bytes).slice(0, read)) {
		const data = readPagefindFile(item.path);
		const words = Array.isArray(data) ? data[0] : undefined;
		if (!Array.isArray(words)) fail(item.path, 'no list of words');
		item.chunk.words = new Map(
			words.map((word: unknown) => {
				if (!Array.isArray(word) || typeof word[0] !== 'string' || !Array.isArray(word[1]))
					fail(item.path, 'a word is not [word, pages]');
				return [word[0], word[1].length] as const;
			}),
		);
	}
	return chunks.map((item) => item.chunk);
}

/**
 * The indexed pages of the bundle in `dir`, from its fragments (the
 * signature, then JSON): address, text and meta, for the search vocabulary
 * (src/lib/search-vocabulary.ts).
 */
export function* readFragments(dir: string): Generator<IndexedPage & { url: string }> {
	const folder = join(dir, 'fragment');
	for (const name of readdirSync(folder)) {
		if (!name.endsWith('.pf_fragment')) continue;
		const path = join(folder, name);
		const bytes = gunzipSync(readFileSync(path));
		if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) fail(path, 'no signature');
		const fragment = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as Partial<
			IndexedPage & { url: string }
		>;
		if (typeof fragment.content !== 'string') fail(path, 'no page text');
		yield { url: fragment.url ?? '', content: fragment.content, meta: fragment.meta ?? {} };
	}
}
