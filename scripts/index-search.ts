/**
 * `node scripts/index-search.ts [site]`: builds the Pagefind index of a built
 * site (default `dist/`). Large sites get one index per shard
 * (src/lib/search-shards.ts): each shard's pages are hard-linked into a
 * temporary tree with the site's paths, and Pagefind indexes the trees two
 * at a time (one Pagefind process does not fill two cores), so the memory
 * peak is that of two shards whatever the size of the site. Writes the search
 * manifest `pagefind/search.json`: the other shards' bundles (an empty list
 * for one), the warm-up word (src/lib/search-warm-up.ts) and the number of
 * pages; and the search vocabulary `pagefind/vocabulary.json`
 * (src/lib/search-vocabulary.ts).
 *
 * SEARCH_PAGES_PER_SHARD overrides the shard size (tests shard a small site).
 */
import { spawn } from 'node:child_process';
import {
	copyFileSync,
	linkSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	PAGES_PER_SHARD,
	SEARCH_MANIFEST_URL,
	type SearchManifest,
	shardCount,
	shardFolder,
	shardOf,
} from '../src/lib/search-shards.ts';
import { pickWarmUpWord } from '../src/lib/search-warm-up.ts';
import { buildVocabulary, SEARCH_VOCABULARY_URL } from '../src/lib/search-vocabulary.ts';
import { isStopWord } from '../src/lib/stopwords.ts';
import { readFragments, readIndexChunks } from './pagefind-files.ts';

const site = resolve(process.argv[2] ?? 'dist');
const setting = process.env['SEARCH_PAGES_PER_SHARD'];
const perShard = setting === undefined ? PAGES_PER_SHARD : Number(setting);
try {
	shardCount(0, perShard);
} catch (error) {
	console.error(`SEARCH_PAGES_PER_SHARD="${setting}": ${(error as Error).message}`);
	process.exit(1);
}
const pagefind = fileURLToPath(new URL('../node_modules/.bin/pagefind', import.meta.url));

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && path !== join(site, shardFolder(0))) yield* htmlFiles(path);
		else if (entry.isFile() && entry.name.endsWith('.html')) yield path;
	}
}

/** Pagefind processes at once: two fill 2 cores and bound the memory to two shards. */
const PARALLEL = 2;

/** Runs Pagefind for each argument list, PARALLEL at a time; rejects on the first failure. */
async function runPagefinds(runs: string[][]): Promise<void> {
	const queue = [...runs];
	const next = async (): Promise<void> => {
		const args = queue.shift();
		if (!args) return;
		// Each process's log is printed whole when it ends, so two logs do not interleave.
		const child = spawn(pagefind, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
		process.stdout.write(log);
		if (code !== 0) throw new Error(`pagefind ${args.join(' ')} failed (exit ${code})`);
		return next();
	};
	await Promise.all(Array.from({ length: PARALLEL }, next));
}

// Only pages marked for the index count and go into a shard: a shard without any
// would make Pagefind index every page in it.
const pages = [...htmlFiles(site)].filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
// Pages per shard; a shard the hash left empty (only on tiny sites) is skipped.
const groups = Array.from({ length: shardCount(pages.length, perShard) }, () => [] as string[]);
for (const file of pages) groups[shardOf(relative(site, file).split('\\').join('/'), groups.length)]?.push(file);
const shards = groups.filter((group) => group.length > 0);

if (shards.length <= 1) {
	await runPagefinds([['--site', site]]);
} else {
	// Beside the site, so hard links stay on one file system.
	const trees = mkdtempSync(join(dirname(site), `.${basename(site)}-search-`));
	try {
		shards.forEach((files, i) => {
			for (const file of files) {
				const to = join(trees, String(i), relative(site, file));
				mkdirSync(dirname(to), { recursive: true });
				try {
					linkSync(file, to);
				} catch {
					copyFileSync(file, to);
				}
			}
		});
		rmSync(join(site, shardFolder(0)), { recursive: true, force: true });
		await runPagefinds(
			shards.map((_, i) => ['--site', join(trees, String(i)), '--output-path', join(site, shardFolder(i))]),
		);
	} finally {
		rmSync(trees, { recursive: true, force: true });
	}
	// The other shards only serve their index: the browser runs the main bundle's
	// script and WebAssembly for all of them.
	for (let i = 1; i < shards.length; i++) {
		const folder = join(site, shardFolder(i));
		for (const name of readdirSync(folder)) {
			if (
				name !== 'pagefind-entry.json' &&
				!name.endsWith('.pf_meta') &&
				!['index', 'fragment', 'filter'].includes(name)
			)
				rmSync(join(folder, name), { recursive: true });
		}
	}
}

const bundles = shards.slice(1).map((_, i) => `/${shardFolder(i + 1)}/`);
/**
 * The warm-up word. The candidates come from the main bundle's three smallest chunks:
 * reading them all would take long on a large site, and the cheapest word to fetch is
 * in a small one. An index this script cannot read (another Pagefind version) only costs
 * the warm-up, so it warns instead of failing the build; tests/search-shards.test.ts fails.
 */
function warmUpWord(): string | undefined {
	if (shards.length === 0) return undefined;
	try {
		return pickWarmUpWord(shards.map((_, i) => readIndexChunks(join(site, shardFolder(i)), i === 0 ? 3 : 0)));
	} catch (error) {
		console.warn(`No search warm-up: ${(error as Error).message}`);
		return undefined;
	}
}
const warmUp = warmUpWord();
const manifest: SearchManifest = { bundles, ...(warmUp ? { warmUp } : {}), pages: pages.length };
writeFileSync(join(site, SEARCH_MANIFEST_URL), `${JSON.stringify(manifest)}\n`);
// The "Bedoelde je …?" vocabulary, from what every shard indexed.
const vocabulary = buildVocabulary(
	shards.flatMap((_, i) => [...readFragments(join(site, shardFolder(i)))]),
	isStopWord,
);
writeFileSync(join(site, SEARCH_VOCABULARY_URL), `${JSON.stringify(vocabulary)}\n`);
console.log(
	`Search index: ${pages.length} pages${shards.length > 1 ? ` in ${shards.length} shards (${shards.map((s) => s.length).join(', ')})` : ''}; warm-up word: ${warmUp ?? 'none'}; vocabulary: ${vocabulary.words.length} words.`,
);
