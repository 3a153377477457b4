/**
 * The search's warm-up word (src/lib/search-warm-up.ts) and the Pagefind files
 * it is read from (scripts/pagefind-files.ts): which chunk Pagefind fetches
 * for a word, and which word the build picks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readIndexChunks, readPagefindFile } from '../scripts/pagefind-files.ts';
import { chunkFor, pickWarmUpWord, WARM_UP_PAGES, warmUpBytes, type IndexChunk } from '../src/lib/search-warm-up.ts';

const chunk = (from: string, to: string, bytes: number, words?: Record<string, number>): IndexChunk =>
	words ? { from, to, bytes, words: new Map(Object.entries(words)) } : { from, to, bytes };

describe('chunkFor', () => {
	// Pagefind shortens the bounds in its metadata: "cul" ends a chunk that holds "cultuur".
	const chunks = [chunk('000', 'cul', 25_000), chunk('cur', 'gl', 24_000), chunk('go', 'zorg', 30_000)];

	it('takes the first chunk whose range holds the word', () => {
		expect(chunkFor('borging', chunks)?.from).toBe('000');
		expect(chunkFor('draagvlak', chunks)?.from).toBe('cur');
		expect(chunkFor('go', chunks)?.from).toBe('go');
	});

	it('falls back to the bounds cut to the word, as Pagefind does for a word past a shortened bound', () => {
		expect(chunkFor('cultuur', chunks)?.from).toBe('000');
		expect(chunkFor('zorgvernieuwing', chunks)?.from).toBe('go');
	});

	it('finds none for a word outside every chunk', () => {
		expect(chunkFor('zzz', chunks)).toBeUndefined();
		expect(chunkFor('a', [])).toBeUndefined();
	});
});

describe('pickWarmUpWord', () => {
	it('picks a word whose chunks are the fewest bytes over all bundles', () => {
		const main = [chunk('aan', 'lei', 20_000, { borging: 120 }), chunk('lek', 'zorg', 4_000, { zorgtoepas: 80 })];
		const shard = [chunk('aan', 'zorga', 30_000), chunk('zorgb', 'zorgz', 3_000)];
		expect(warmUpBytes('zorgtoepas', [main, shard])).toBe(7_000);
		expect(warmUpBytes('borging', [main, shard])).toBe(50_000);
		expect(pickWarmUpWord([main, shard])).toBe('zorgtoepas');
	});

	it('among equally cheap words, takes the one on the most pages up to the cap, else the one on the fewest', () => {
		const words = { aanpak: WARM_UP_PAGES + 500, borging: WARM_UP_PAGES, cultuur: 30, doel: WARM_UP_PAGES + 10 };
		expect(pickWarmUpWord([[chunk('a', 'z', 5_000, words)]])).toBe('borging');
		expect(pickWarmUpWord([[chunk('a', 'z', 5_000, { aanpak: 900, doel: 500 })]])).toBe('doel');
	});

	it('skips words on one page, and finds none without candidates', () => {
		expect(pickWarmUpWord([[chunk('a', 'z', 5_000, { uniek: 1, twee: 2 })]])).toBe('twee');
		expect(pickWarmUpWord([[chunk('a', 'z', 5_000, { uniek: 1 })]])).toBeUndefined();
		expect(pickWarmUpWord([[chunk('a', 'z', 5_000)]])).toBeUndefined();
		expect(pickWarmUpWord([])).toBeUndefined();
	});
});

describe('reading Pagefind files', () => {
	it('names the file that is not one of Pagefind', () => {
		const dir = mkdtempSync(join(tmpdir(), 'iw-pagefind-files-'));
		try {
			const path = join(dir, 'x.pf_meta');
			writeFileSync(path, gzipSync('hello'));
			expect(() => readPagefindFile(path)).toThrow(`${path}: not a Pagefind index file (no pagefind_dcd signature)`);
			writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: {} }));
			expect(() => readIndexChunks(dir)).toThrow(
				`${join(dir, 'pagefind-entry.json')}: no language with an index; is this the index of Pagefind 1.5?`,
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// SKIP_BUILD=1 reuses an earlier dist/; it still has the index the build made.
	it("reads the real index's chunks, in word order, with the words of the smallest ones", () => {
		const chunks = readIndexChunks('dist/pagefind', 2);
		expect(chunks.length).toBeGreaterThan(2);
		for (const [i, c] of chunks.entries()) {
			expect(c.bytes).toBeGreaterThan(0);
			if (i > 0) expect(c.from > chunks[i - 1]!.from).toBe(true);
		}
		const read = chunks.filter((c) => c.words);
		expect(read).toHaveLength(2);
		expect(Math.max(...read.map((c) => c.bytes))).toBeLessThanOrEqual(
			Math.min(...chunks.filter((c) => !c.words).map((c) => c.bytes)),
		);
		for (const c of read) {
			// Every word leads Pagefind to the chunk it was read from; most are on a page or more.
			for (const word of c.words?.keys() ?? []) expect(chunkFor(word, chunks), word).toBe(c);
			expect([...(c.words?.values() ?? [])].filter((pages) => pages > 0).length).toBeGreaterThan(
				(c.words?.size ?? 0) / 2,
			);
		}
	});
});
