/**
 * Types for the Decap packages that ship none (src/scripts/decap.ts): only
 * what that file uses. decap-cms-core has its own types.
 */
declare module 'decap-cms-backend-github' {
	import type { CmsBackendClass } from 'decap-cms-core';
	export const GitHubBackend: CmsBackendClass;
}
declare module 'decap-cms-backend-proxy' {
	import type { CmsBackendClass } from 'decap-cms-core';
	export const ProxyBackend: CmsBackendClass;
}
declare module 'decap-cms-editor-component-image' {
	import type { EditorComponentOptions } from 'decap-cms-core';
	const image: EditorComponentOptions;
	export default image;
}
declare module 'decap-cms-locales' {
	import type { CmsLocalePhrases } from 'decap-cms-core';
	export const en: CmsLocalePhrases;
	export const nl: CmsLocalePhrases;
}
declare module 'decap-cms-widget-*' {
	import type { CmsWidgetParam } from 'decap-cms-core';
	const widget: { Widget(): CmsWidgetParam };
	export default widget;
}
