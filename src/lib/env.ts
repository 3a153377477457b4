/**
 * Settings from environment variables. A variable that is set but blank
 * counts as unset: GitHub Actions passes a repository variable that was never
 * defined (`${{ vars.SITE_URL }}`) as an empty string, and `'' ?? fallback`
 * would keep the empty string.
 */

/** Environment variables as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The trimmed value of `name`, or undefined when it is unset or blank. */
export function envValue(name: string, env: Env = process.env): string | undefined {
	const value = env[name]?.trim();
	return value ? value : undefined;
}
