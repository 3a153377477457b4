/**
 * The Content-Security-Policy, in one place. Astro's `security.csp` renders it
 * as a `<meta>` tag on every page and adds hashes of any inline script or style
 * it emits; `public/_headers` carries the same policy as an HTTP header (a test
 * keeps the two equal). The build emits no inline scripts or styles
 * (`inlineStylesheets: 'never'`, `assetsInlineLimit: 0`), so `'self'` covers
 * everything and the header needs no per-page hashes.
 *
 * A page that needs more (the CMS at /admin/) can add sources for itself with
 * Astro's CSP runtime API (`Astro.csp.insertScriptResource()` and friends), and
 * its own block in `_headers`; the rest of the site keeps this policy.
 */

/** Sources for scripts: our own files, plus WebAssembly for Pagefind's search index. No 'unsafe-inline'. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** Sources for styles: our own files only. */
export const styleResources = ["'self'"];

/** Every other directive, valid in a `<meta>` tag. */
export const directives = [
	"default-src 'self'",
	// Pagefind's stylesheet draws its search icon as a data: image.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Directives a `<meta>` tag cannot carry; only the HTTP header has them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The whole policy as one header value, as written in `public/_headers`. */
export const policyHeader = (): string =>
	[
		...directives,
		`script-src ${scriptResources.join(' ')}`,
		`style-src ${styleResources.join(' ')}`,
		...headerOnlyDirectives,
	].join('; ');
