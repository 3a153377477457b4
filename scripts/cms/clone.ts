/**
 * The CMS clone: a git clone of the checkout of its own (`.cms/repo` by
 * default, ignored by git), on which decap-server runs in git mode. decap-server
 * commits with `git add .` and checks branches out in its folder, so it must
 * never run in the checkout where someone works: there an untracked file would
 * land in an entry's commit, and a modified one breaks saving.
 *
 * The clone only ever receives commits: the checkout's HEAD is fetched into it
 * (never its working tree, so nothing uncommitted can leave the checkout), and
 * what the CMS publishes stays on the clone's branch until someone fetches it
 * (README, "Lokaal redigeren").
 */
import { existsSync, mkdirSync } from 'node:fs';
import { git, gitTry } from './git.ts';

export interface SyncResult {
	/** What happened, in one Dutch sentence for the terminal. */
	message: string;
	/** The checkout's commit the clone was brought in step with. */
	checkoutHead: string;
}

/** The files in the clone that are not committed (decap-server would commit them), one per line as git prints them. */
export const uncommitted = (clone: string): string[] =>
	git(clone, ['status', '--porcelain', '--untracked-files=all']).split('\n').filter(Boolean);

/** Creates the clone if needed, with a committer name for decap-server's commits when git has none. */
export function ensureClone(checkout: string, clone: string, branch: string): void {
	if (!existsSync(clone)) {
		mkdirSync(clone, { recursive: true });
		git(clone, ['init', '--quiet', '--initial-branch', branch]);
		git(clone, ['fetch', '--quiet', checkout, 'HEAD']);
		git(clone, ['checkout', '--quiet', '-B', branch, 'FETCH_HEAD']);
	}
	if (gitTry(clone, ['config', 'user.email']).status !== 0) {
		git(clone, ['config', 'user.name', 'Redactie (lokaal)']);
		git(clone, ['config', 'user.email', 'redactie@localhost']);
	}
}

/** The checkout's HEAD commit. */
export const checkoutHead = (checkout: string): string => git(checkout, ['rev-parse', 'HEAD']);

/**
 * Brings the clone's `branch` in step with the checkout's HEAD: fast-forward
 * when the clone has nothing of its own, a merge when both moved and they do
 * not conflict, nothing when the clone is ahead (published work waiting to be
 * fetched). A conflict leaves the clone as it was and says so.
 */
export function syncClone(checkout: string, clone: string, branch: string): SyncResult {
	const head = checkoutHead(checkout);
	if (git(clone, ['rev-parse', '--abbrev-ref', 'HEAD']) !== branch) git(clone, ['checkout', '--quiet', branch]);
	git(clone, ['fetch', '--quiet', checkout, head]);
	const ours = git(clone, ['rev-parse', branch]);
	const done = (message: string): SyncResult => ({ message, checkoutHead: head });
	if (ours === head) return done('De CMS-kopie is gelijk aan de checkout.');
	if (gitTry(clone, ['merge-base', '--is-ancestor', ours, head]).status === 0) {
		git(clone, ['merge', '--quiet', '--ff-only', head]);
		return done('De CMS-kopie is bijgewerkt met de checkout.');
	}
	if (gitTry(clone, ['merge-base', '--is-ancestor', head, ours]).status === 0)
		return done(`De CMS-kopie heeft gepubliceerd werk dat nog niet in de checkout staat (${branch} in ${clone}).`);
	if (gitTry(clone, ['merge-tree', '--write-tree', ours, head]).status !== 0)
		return done(
			`De CMS-kopie en de checkout botsen; de kopie blijft zoals ze was. Haal eerst het gepubliceerde werk op (git fetch ${clone} ${branch}).`,
		);
	git(clone, ['merge', '--quiet', '--no-edit', '-m', 'Checkout samengevoegd in de CMS-kopie', head]);
	return done('De CMS-kopie en de checkout zijn samengevoegd.');
}
