/**
 * The branch protection shipped as a GitHub ruleset (.github/rulesets/main.json,
 * imported under Settings → Rules → Rulesets): pull requests into the default
 * branch need the CI job that validates and builds, and a CODEOWNERS review.
 * GitHub applies no file by itself, so this pins that the file asks for the
 * job that really exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Rule {
	type: string;
	parameters?: Record<string, unknown>;
}
const ruleset = JSON.parse(readFileSync('.github/rulesets/main.json', 'utf8')) as {
	target: string;
	enforcement: string;
	conditions: { ref_name: { include: string[] } };
	rules: Rule[];
};
const workflow = readFileSync('.github/workflows/ci.yml', 'utf8');
const rule = (type: string) => ruleset.rules.find((r) => r.type === type);

describe('branch protection ruleset', () => {
	it('applies to the default branch and is active', () => {
		expect(ruleset).toMatchObject({ target: 'branch', enforcement: 'active' });
		expect(ruleset.conditions.ref_name.include).toEqual(['~DEFAULT_BRANCH']);
	});

	it('requires a pull request with a CODEOWNERS review', () => {
		expect(rule('pull_request')?.parameters).toMatchObject({
			required_approving_review_count: 1,
			require_code_owner_review: true,
			dismiss_stale_reviews_on_push: true,
		});
	});

	it('requires the CI job that runs npm run ci (validation and build), by its job id', () => {
		const checks = rule('required_status_checks')?.parameters?.['required_status_checks'] as { context: string }[];
		expect(checks.map((c) => c.context)).toEqual(['check']);
		expect(workflow).toMatch(/^jobs:\n {2}check:\n/m);
		expect(workflow).toContain('run: npm run ci');
		expect(workflow).toMatch(/^ {2}pull_request:/m);
	});
});
