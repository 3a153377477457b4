/** CODEOWNERS is generated from the werkgroepen's maintainers and must be committed up to date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_FILE, werkgroepen } from '../scripts/codeowners.ts';
import { codeowners, FOLDER_OWNERS } from '../src/lib/codeowners.ts';

describe('CODEOWNERS', () => {
	it('the committed file matches the content (run npm run codeowners when this fails)', () => {
		expect(readFileSync(CODEOWNERS_FILE, 'utf8')).toBe(codeowners(werkgroepen()));
	});

	it('maps folders only to working groups that exist', () => {
		const slugs = werkgroepen().map((g) => g.slug);
		for (const slug of Object.values(FOLDER_OWNERS)) expect(slugs).toContain(slug);
	});

	it('writes lines only for groups with maintainers', () => {
		const text = codeowners([
			{ slug: 'methoden-en-tools', title: 'Methoden en Tools', maintainers: ['@anna', 'bert'] },
			{ slug: 'intervisie', title: 'Intervisie', maintainers: [] },
		]);
		const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));
		expect(rules).toEqual(['/content/tools/ @anna @bert', '/content/werkgroepen/methoden-en-tools.md @anna @bert']);
		expect(text).not.toContain('No werkgroep has maintainers yet');
	});
});
