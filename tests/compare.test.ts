/** Output that is compared or committed sorts the same on every machine, not by the machine's locale. */
import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../src/lib/compare.ts';
import { compareProblems } from '../src/lib/validation/check.ts';

describe('compareCodeUnits', () => {
	it('sorts by code unit, where a locale would fold case and skip hyphens', () => {
		expect(['b', 'ab', 'B', 'a-c'].sort(compareCodeUnits)).toEqual(['B', 'a-c', 'ab', 'b']);
		expect(['b', 'ab', 'B', 'a-c'].sort((a, b) => a.localeCompare(b, 'en'))).not.toEqual(['B', 'a-c', 'ab', 'b']);
	});

	it('orders validation problems by file, then by field', () => {
		const problem = (file: string, field: string) => ({ file, field, message: '' });
		const sorted = [
			problem('content/tools/b.md', 'title'),
			problem('content/tools/B.md', 'sources'),
			problem('content/tools/b.md', 'stap'),
		].sort(compareProblems);
		expect(sorted.map((p) => `${p.file} ${p.field}`)).toEqual([
			'content/tools/B.md sources',
			'content/tools/b.md stap',
			'content/tools/b.md title',
		]);
	});
});
