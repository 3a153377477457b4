/**
 * `npm run format:content` writes entries the way Decap writes them (its own
 * formatter, scripts/format-content.ts), never changes what Astro reads, and
 * the checked-in content is already in that style (CI runs the check too).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapFormatter, formatContent } from '../scripts/format-content.ts';

describe('format:content', () => {
	it('writes Decap’s style: fields in the CMS order, long text folded, quotes only where YAML needs them', async () => {
		const root = mkdtempSync(join(tmpdir(), 'iw-format-'));
		const file = join(root, 'begrippen', 'test.md');
		cpSync('content/begrippen/borging.md', join(root, 'begrippen', 'borging.md'));
		writeFileSync(
			file,
			[
				'---',
				'reviewed: 2026-12-01',
				'term: "Test"',
				"definition: 'Een definitie die lang genoeg is om over meer dan één regel te lopen als Decap hem schrijft.'",
				'sources:',
				'- title: Bron',
				'---',
				'',
				'Tekst.',
				'',
			].join('\n'),
		);
		const first = await formatContent(root, true);
		expect(first.unsafe).toEqual([]);
		expect(first.changed).toContain(file);
		expect(readFileSync(file, 'utf8')).toBe(
			[
				'---',
				'term: Test',
				'definition: Een definitie die lang genoeg is om over meer dan één regel te lopen',
				'  als Decap hem schrijft.',
				'sources:',
				'  - title: Bron',
				'reviewed: 2026-12-01',
				'---',
				'',
				'Tekst.',
				'',
			].join('\n'),
		);
		expect(await formatContent(root, false)).toEqual({ changed: [], unsafe: [] });
	});

	it('leaves a file alone when the formatter would change what Astro reads', async () => {
		const root = mkdtempSync(join(tmpdir(), 'iw-format-'));
		const file = join(root, 'begrippen', 'borging.md');
		cpSync('content/begrippen/borging.md', file);
		const text = readFileSync(file, 'utf8');
		const decap = await decapFormatter();
		// A formatter that loses a value, as a YAML library with other rules might.
		const lossy = {
			fromFile: (text: string) => decap.fromFile(text),
			toFile: (data: Record<string, unknown>, keys?: string[]) => decap.toFile({ ...data, term: 'Anders' }, keys),
		};
		const result = await formatContent(root, true, lossy);
		expect(result).toEqual({ changed: [], unsafe: [file] });
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	it('reads what it writes (the formatter is Decap’s own)', async () => {
		const formatter = await decapFormatter();
		const data = { term: 'A', definition: 'B: c', body: 'Tekst.\n' };
		expect(formatter.fromFile(formatter.toFile(data, ['term', 'definition', 'body']))).toEqual(data);
	});

	it('content/ is in Decap’s style', async () => {
		expect(await formatContent('content', false)).toEqual({ changed: [], unsafe: [] });
	});
});
