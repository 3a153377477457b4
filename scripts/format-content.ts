/**
 * `npm run format:content [-- --check]`: writes every Markdown entry in
 * `content/` the way Decap CMS writes it, so that a one-field edit in the CMS
 * is a one-field diff and a reviewer sees only what the editor changed.
 *
 * It runs Decap's own formatter, not an imitation: decap-cms-core's
 * `src/formats/frontmatter.ts` (gray-matter with yaml 1.x, keys in the order of
 * the collection's fields) is bundled with esbuild at run time. Before a file
 * is written, it is read back with Astro's frontmatter parser: when the data
 * or the body would change by a single value, the file is left alone and
 * reported (a formatter must never change content).
 *
 * `--check` writes nothing and exits 1 when a file is not in Decap's style
 * (scripts/ci.ts runs it).
 */
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { cmsConfig } from '../src/lib/cms/config.ts';
import { contentRoot } from '../src/lib/content-root.ts';

export interface DecapFormatter {
	fromFile(content: string): Record<string, unknown>;
	toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

/** Decap's YAML frontmatter formatter, from decap-cms-core's own source. */
export async function decapFormatter(): Promise<DecapFormatter> {
	const source = createRequire(import.meta.url).resolve('decap-cms-core/src/formats/frontmatter.ts');
	const bundled = await build({
		entryPoints: [source],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		write: false,
		logLevel: 'warning',
	});
	const dir = mkdtempSync(join(tmpdir(), 'iw-decap-format-'));
	try {
		const file = join(dir, 'frontmatter.cjs');
		writeFileSync(file, bundled.outputFiles[0]?.text ?? '');
		const module = createRequire(import.meta.url)(file) as { frontmatterYAML(): DecapFormatter };
		return module.frontmatterYAML();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** What Astro reads from a file: the data and the trimmed body. */
const astroReads = (text: string) => {
	const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	return { data: frontmatter, body: content.trim() };
};

export interface FormatResult {
	/** Files whose text Decap's style changes. */
	changed: string[];
	/** Files left alone because Decap's style would change what Astro reads. */
	unsafe: string[];
}

/** Formats every `.md` entry of the CMS collections under `root`; writes only when `write`. */
export async function formatContent(root: string, write: boolean, given?: DecapFormatter): Promise<FormatResult> {
	const formatter = given ?? (await decapFormatter());
	const result: FormatResult = { changed: [], unsafe: [] };
	for (const collection of cmsConfig().collections) {
		const order = collection.fields.map((field) => field.name);
		const folder = join(root, collection.name);
		let files: string[];
		try {
			files = readdirSync(folder).filter((name) => name.endsWith('.md'));
		} catch {
			continue;
		}
		for (const name of files.sort()) {
			const path = join(folder, name);
			const text = readFileSync(path, 'utf8');
			const formatted = formatter.toFile(formatter.fromFile(text), order);
			if (formatted === text) continue;
			if (!isDeepStrictEqual(astroReads(formatted), astroReads(text))) {
				result.unsafe.push(path);
				continue;
			}
			result.changed.push(path);
			if (write) writeFileSync(path, formatted);
		}
	}
	return result;
}

if (import.meta.main) {
	const check = process.argv.includes('--check');
	const root = contentRoot();
	const { changed, unsafe } = await formatContent(root, !check);
	for (const path of unsafe)
		console.error(
			`${path}: niet aangepast; Decaps schrijfwijze zou de inhoud veranderen. Pas het bestand met de hand aan.`,
		);
	if (check && changed.length > 0) {
		for (const path of changed) console.error(`${path}: niet geschreven zoals het CMS het schrijft`);
		console.error(`\n${changed.length} bestanden wijken af. Voer npm run format:content uit.`);
		process.exit(1);
	}
	if (!check) console.log(`${changed.length} bestanden in ${root}/ herschreven zoals het CMS ze schrijft.`);
	if (unsafe.length > 0) process.exit(1);
}
