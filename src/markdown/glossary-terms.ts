/**
 * The glossary as the Markdown pipeline needs it, read at config time (before
 * Astro's content layer exists): every published term from `content/begrippen/`,
 * parsed with the same schema and loader as the validator. Invalid files are
 * skipped here; `npm run validate` reports them and stops the build.
 */
import { loadContent } from '../lib/validation/load.ts';
import { contentRoot } from '../lib/content-root.ts';
import { begripSchema } from '../schemas/begrip.ts';
import { slugRef } from '../schemas/common.ts';
import type { GlossaryTerm } from './remark-glossary-links.ts';

const schema = begripSchema(slugRef);

/** Published glossary terms in `<root>/begrippen/`, sorted by slug. */
export function loadGlossaryTerms(root: string = contentRoot()): GlossaryTerm[] {
	const { entries } = loadContent(root, process.cwd(), ['begrippen']);
	return entries.flatMap((entry) => {
		const result = schema.safeParse(entry.data);
		if (!result.success || result.data.draft) return [];
		const { term, aliases, definition } = result.data;
		return [{ slug: entry.id, term, aliases, definition }];
	});
}
