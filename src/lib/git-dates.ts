/**
 * "Laatst bijgewerkt": the date of each content file's last commit, read from
 * git once per build with a single `git log` over `content/` (not one process
 * per page). Without git or history (a tarball, a shallow clone), files are
 * simply missing from the map and pages fall back to `reviewed`.
 */
import { execFileSync } from 'node:child_process';

/**
 * Parses `git log --format=%x00%cI --name-only` output into file → date of its
 * newest commit. Log order is newest first, so the first date seen wins.
 */
export function parseGitLog(output: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	for (const block of output.split('\0')) {
		const [stamp, ...files] = block.split('\n').map((line) => line.trim());
		if (!stamp) continue;
		const date = new Date(stamp);
		if (Number.isNaN(date.getTime())) continue;
		for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
	}
	return dates;
}

let cached: Map<string, Date> | undefined;

/** Last-commit dates of every file under `dir` (paths relative to the repository root). */
export function lastCommitDates(dir = 'content'): Map<string, Date> {
	if (cached) return cached;
	try {
		const output = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		cached = parseGitLog(output);
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
