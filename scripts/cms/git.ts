/** Runs git synchronously in a folder; throws with git's own message when it fails. */
import { spawnSync } from 'node:child_process';

export interface GitResult {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs `git args` in `dir` and returns what it printed, whatever the exit status. */
export function gitTry(dir: string, args: readonly string[], env: Record<string, string> = {}): GitResult {
	const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
	if (result.error) throw result.error;
	return { status: result.status ?? 1, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

/** Runs `git args` in `dir` and returns its output; throws when git fails. */
export function git(dir: string, args: readonly string[], env: Record<string, string> = {}): string {
	const result = gitTry(dir, args, env);
	if (result.status !== 0) throw new Error(`git ${args.join(' ')} (in ${dir}): ${result.stderr || result.stdout}`);
	return result.stdout;
}
