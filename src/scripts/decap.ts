/**
 * Decap CMS with only what this site uses, instead of `decap-cms-app`, which
 * registers every backend, widget, media library and locale Decap has (the map
 * widget with OpenLayers, CodeMirror, nine backends, 30 locales): the GitHub
 * backend online, the proxy backend for decap-server, the ten widgets the
 * generated config uses (src/lib/cms/config.ts), the image component of the
 * Markdown editor, and the Dutch and English phrases (English is Decap's
 * fallback). This is Decap's documented manual set-up with decap-cms-core.
 * tests/cms-bundle.test.ts fails when the config asks for a widget that is not
 * registered here.
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import image from 'decap-cms-editor-component-image';
import { en, nl } from 'decap-cms-locales';
import boolean from 'decap-cms-widget-boolean';
import datetime from 'decap-cms-widget-datetime';
import list from 'decap-cms-widget-list';
import markdown from 'decap-cms-widget-markdown';
import number from 'decap-cms-widget-number';
import object from 'decap-cms-widget-object';
import relation from 'decap-cms-widget-relation';
import select from 'decap-cms-widget-select';
import string from 'decap-cms-widget-string';
import text from 'decap-cms-widget-text';

/** The widgets registered, by the name a config field uses. */
export const WIDGETS = {
	string,
	text,
	number,
	select,
	markdown,
	list,
	object,
	relation,
	boolean,
	datetime,
} as const;

CMS.registerBackend('github', GitHubBackend);
// `local_backend` switches Decap to the backend registered as `proxy`.
CMS.registerBackend('proxy', ProxyBackend);
for (const widget of Object.values(WIDGETS)) CMS.registerWidget(widget.Widget());
CMS.registerEditorComponent(image);
CMS.registerLocale('en', en);
CMS.registerLocale('nl', nl);

export default CMS;
