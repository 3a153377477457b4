/**
 * Property tests for the schema parsers: for any YAML-like object (keys of the
 * schema or random ones, any JSON value, dates, nesting), parsing returns our
 * result (data, or problems naming the file and a message) and never throws.
 * The cross-entry checks get the same treatment for whole random content sets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntries, validationSchema } from '../src/lib/validation/check.ts';
import { parseEntry } from '../src/schemas/errors.ts';
import { shapeOf } from '../src/schemas/introspect.ts';
import { collectionNames, type CollectionName } from '../src/schemas/index.ts';

const value = fc.letrec((tie) => ({
	leaf: fc.oneof(
		fc.jsonValue({ maxDepth: 1 }),
		fc.date({ noInvalidDate: false }),
		fc.constantFrom('2026-02-30', 'javascript:alert(1)', 'https://example.org', '<script>x</script>', '', ' '),
	),
	node: fc.oneof(
		{ depthSize: 'small' },
		tie('leaf'),
		fc.array(tie('node'), { maxLength: 3 }),
		fc.dictionary(fc.string(), tie('node'), { maxKeys: 3 }),
	),
})).node;

const frontmatterFor = (collection: CollectionName) => {
	const keys = Object.keys(shapeOf(validationSchema(collection)) ?? {});
	return fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), value, { maxKeys: keys.length + 2 });
};

describe('schema parsers (property)', () => {
	it.each(collectionNames)('%s: any YAML object gives data or problems, never an exception', (collection) => {
		fc.assert(
			fc.property(fc.oneof(frontmatterFor(collection), value), (data) => {
				const result = parseEntry(validationSchema(collection), data, `${collection}/x.md`);
				if (!result.success) {
					expect(result.problems.length).toBeGreaterThan(0);
					for (const problem of result.problems) {
						expect(problem.file).toBe(`${collection}/x.md`);
						expect(typeof problem.field).toBe('string');
						expect(problem.message.length).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 200 },
		);
	});

	it('the cross-entry checks never throw on random content sets', () => {
		const entry = fc.constantFrom(...collectionNames).chain((collection) =>
			fc.record({
				collection: fc.constant(collection),
				id: fc.stringMatching(/^[a-z]{1,6}$/),
				data: frontmatterFor(collection),
			}),
		);
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 8 }), (raw) => {
				const result = checkEntries(raw.map((e) => ({ ...e, file: `${e.collection}/${e.id}.md`, body: '' })));
				expect(Array.isArray(result.problems)).toBe(true);
			}),
			{ numRuns: 60 },
		);
	});
});
