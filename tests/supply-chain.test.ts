/**
 * Supply chain: every GitHub Action is pinned to a full commit SHA (a tag can be
 * moved to other code; a SHA cannot), with the release it stands for in a
 * comment, and Dependabot keeps both npm and the actions up to date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflowDir = '.github/workflows';
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));

/** The `uses:` lines of a workflow that are not pinned to a SHA with a `# vX.Y.Z` comment. */
function unpinnedActions(text: string): string[] {
	return text.split('\n').flatMap((line, i) => {
		const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/.exec(line);
		if (!match) return [];
		const [, ref = '', comment = ''] = match;
		const pinned = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/.test(ref) && /^v\d+\.\d+\.\d+/.test(comment);
		return pinned ? [] : [`line ${i + 1}: ${ref}`];
	});
}

describe('GitHub Actions', () => {
	it('finds the workflows', () => {
		expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
	});

	it.each(workflows)('%s pins every action to a commit SHA with its version in a comment', (file) => {
		const text = readFileSync(join(workflowDir, file), 'utf8');
		expect(text).toMatch(/uses:/);
		expect(unpinnedActions(text)).toEqual([]);
	});

	it('reports tags, short SHAs and pins without a version comment', () => {
		const sha = '0123456789abcdef0123456789abcdef01234567';
		const text = [
			'steps:',
			'  - uses: actions/checkout@v4',
			`  - uses: a/b@${sha} # v1.2.3`,
			'  - uses: a/c@0123456',
			`    uses: a/d@${sha}`,
		].join('\n');
		expect(unpinnedActions(text)).toEqual(['line 2: actions/checkout@v4', 'line 4: a/c@0123456', `line 5: a/d@${sha}`]);
	});
});

describe('Dependabot', () => {
	it('updates npm packages and GitHub Actions', () => {
		const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
			updates: { 'package-ecosystem': string }[];
		};
		expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
	});
});
