/**
 * `npm run validate` on a committed fixture folder with several problems at
 * once: one line per problem, naming files and fields. The single-problem
 * cases live in tests/fixtures/bad-content/ (tests/bad-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { validate } from './helpers.ts';

describe('the invalid fixture folder', () => {
	it('fails with one line per problem, naming files and fields', () => {
		const result = validate('tests/fixtures/invalid-content');
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n').filter((line) => line.startsWith('tests/'))).toEqual([
			'tests/fixtures/invalid-content/begrippen/implementatie.md: related[0]: er is geen begrip "borgen" (bedoel je "borging"?)',
			'tests/fixtures/invalid-content/stappen/: step: stap 4 ontbreekt; de handleiding heeft de stappen 1 tot en met 6 nodig',
			'tests/fixtures/invalid-content/stappen/: step: stap 6 ontbreekt; de handleiding heeft de stappen 1 tot en met 6 nodig',
			'tests/fixtures/invalid-content/stappen/strategieen.md: step: stap 3 komt twee keer voor; tests/fixtures/invalid-content/stappen/doelgroep.md heeft dit nummer al',
		]);
		expect(result.stderr).toContain(
			'4 problemen in tests/fixtures/invalid-content/. Los ze op en voer npm run validate opnieuw uit.',
		);
	});
});
