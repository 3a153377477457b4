/**
 * "Laatst bijgewerkt" and the home page's "Nieuw en bijgewerkt": the date of
 * each content file's last commit, read from git once per build with a single
 * `git log` over `content/` (not one process per page). Without git or history
 * (a tarball), files are simply missing from the map and pages fall back to
 * `reviewed`. A shallow clone (CI's default depth of 1) would date every file
 * to its oldest commit, which git shows as adding the whole tree: those
 * boundary commits are skipped, so only real changes count. CI and the deploy
 * fetch the full history (`fetch-depth: 0`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Parses `git log --format=%x00%cI%x20%H --name-only` output into file → date
 * of its newest commit. Log order is newest first, so the first date seen
 * wins. Commits in `skip` (the boundary of a shallow clone) are left out.
 */
export function parseGitLog(output: string, skip: ReadonlySet<string> = new Set()): Map<string, Date> {
	const dates = new Map<string, Date>();
	for (const block of output.split('\0')) {
		const [head, ...files] = block.split('\n').map((line) => line.trim());
		if (!head) continue;
		const [stamp = '', hash = ''] = head.split(' ');
		const date = new Date(stamp);
		if (Number.isNaN(date.getTime()) || skip.has(hash)) continue;
		for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
	}
	return dates;
}

const git = (args: string[]): string =>
	execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** The commits where a shallow clone's history stops; empty in a full clone. */
function shallowBoundary(): Set<string> {
	const file = git(['rev-parse', '--git-path', 'shallow']).trim();
	return new Set(existsSync(file) ? readFileSync(file, 'utf8').split(/\s+/).filter(Boolean) : []);
}

let cached: Map<string, Date> | undefined;

/** Last-commit dates of every file under `dir` (paths relative to the repository root). */
export function lastCommitDates(dir = 'content'): Map<string, Date> {
	if (cached) return cached;
	try {
		cached = parseGitLog(git(['log', '--format=%x00%cI%x20%H', '--name-only', '--', dir]), shallowBoundary());
	} catch {
		cached = new Map();
	}
	return cached;
}

/** The date to show as "Laatst bijgewerkt": the last commit, else the review date. */
export function lastUpdated(
	file: string | undefined,
	reviewed: Date | undefined,
	dates = lastCommitDates(),
): Date | undefined {
	return (file && dates.get(file.replace(/^\.\//, ''))) || reviewed;
}
