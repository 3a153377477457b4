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
			'tests/fixtures/invalid-content/begrippen/implementatie.md: related[0]: no begrip "borgen" (did you mean "borging"?)',
			'tests/fixtures/invalid-content/stappen/: step: step 4 is missing; the handleiding needs steps 1 to 6',
			'tests/fixtures/invalid-content/stappen/: step: step 6 is missing; the handleiding needs steps 1 to 6',
			'tests/fixtures/invalid-content/stappen/strategieen.md: step: duplicate step 3; tests/fixtures/invalid-content/stappen/doelgroep.md already has it',
		]);
		expect(result.stderr).toContain('4 problem(s) in tests/fixtures/invalid-content/.');
	});
});
