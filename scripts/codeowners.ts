/**
 * `npm run codeowners`: writes `.github/CODEOWNERS` from the `maintainers` of
 * the working groups in `content/werkgroepen/` (see src/lib/codeowners.ts for
 * the folder → werkgroep table). `--check` only compares and exits 1 when the
 * committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { codeowners, type Werkgroep } from '../src/lib/codeowners.ts';
import { loadContent } from '../src/lib/validation/load.ts';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

/** The working groups with their maintainers, read from the content. */
export function werkgroepen(root = 'content'): Werkgroep[] {
	return loadContent(root)
		.entries.filter((e) => e.collection === 'werkgroepen')
		.map((e) => {
			const data = e.data as { title?: string; maintainers?: string[] };
			return { slug: e.id, title: data.title ?? e.id, maintainers: data.maintainers ?? [] };
		});
}

if (import.meta.main) {
	const text = codeowners(werkgroepen());
	if (process.argv.includes('--check')) {
		const current = readFileSync(CODEOWNERS_FILE, 'utf8');
		if (current !== text) {
			console.error(`${CODEOWNERS_FILE} is out of date: run npm run codeowners and commit the result.`);
			process.exit(1);
		}
		console.log(`${CODEOWNERS_FILE} is up to date.`);
	} else {
		writeFileSync(CODEOWNERS_FILE, text);
		console.log(`Wrote ${CODEOWNERS_FILE}.`);
	}
}
