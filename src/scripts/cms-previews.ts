/**
 * Preview templates for the CMS: begrippen, stappen and tools are shown with
 * the site's own CSS and the same fields, in the same order, as their pages.
 * Written with `createElement` so the site needs no JSX setup for React.
 */
import type { CMS as DecapCms, PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import siteCss from '../styles/global.css?inline';

type Props = PreviewTemplateComponentProps;

const text = (props: Props, name: string): string => {
	const value: unknown = props.entry.getIn(['data', name]);
	return typeof value === 'string' ? value : value == null ? '' : String(value);
};
const list = (props: Props, name: string): string[] => {
	const value = props.entry.getIn(['data', name]) as { toJS?: () => unknown } | undefined;
	const js = value?.toJS?.();
	return Array.isArray(js) ? js.map(String) : [];
};

/** The actions of a step ("Wat doe je?") as "Title. Text" lines. */
const actions = (props: Props): string[] => {
	const value = props.entry.getIn(['data', 'actions']) as { toJS?: () => unknown } | undefined;
	const js = value?.toJS?.();
	if (!Array.isArray(js)) return [];
	return js.map(
		(item: { title?: unknown; text?: unknown }) => `${String(item.title ?? '')}. ${String(item.text ?? '')}`,
	);
};

/** A heading with a bullet list, left out when the list is empty (as on the site). */
const section = (title: string, items: string[]): ReactNode =>
	items.length === 0
		? null
		: [
				h('h2', { key: `${title}-h` }, title),
				h(
					'ul',
					{ key: `${title}-l` },
					items.map((item) => h('li', { key: item }, item)),
				),
			];

const fieldList = (rows: [string, string[]][]): ReactNode => {
	const filled = rows.filter(([, values]) => values.length > 0);
	return filled.length === 0
		? null
		: h(
				'dl',
				{ className: 'fields' },
				filled.flatMap(([label, values]) => [
					h('dt', { key: `${label}-t` }, label),
					h('dd', { key: `${label}-d` }, values.join(', ')),
				]),
			);
};

const sources = (props: Props): ReactNode => {
	const value = props.entry.getIn(['data', 'sources']) as { toJS?: () => unknown } | undefined;
	const js = value?.toJS?.();
	const items = Array.isArray(js) ? (js as { title?: string; section?: string }[]) : [];
	return section(
		'Bronnen',
		items.map((s) => [s.title, s.section].filter(Boolean).join(', ')),
	);
};

const reviewed = (props: Props): ReactNode =>
	text(props, 'reviewed')
		? h(
				'p',
				{ className: 'muted' },
				'Inhoud gecontroleerd op ',
				h('time', { dateTime: text(props, 'reviewed') }, text(props, 'reviewed')),
			)
		: null;

/**
 * An entry as its page shows it (src/layouts/EntryPage.astro): its own fields,
 * the body, its link lists, its sources and review date.
 */
const entryPage = (props: Props, own: ReactNode[], links: ReactNode[] = []) =>
	h(
		'main',
		{ className: 'container' },
		h('article', { className: 'prose' }, ...own, props.widgetFor('body'), ...links, sources(props), reviewed(props)),
	);

function BegripPreview(props: Props) {
	return entryPage(
		props,
		[
			h('h1', null, text(props, 'term')),
			h('p', { className: 'definition' }, text(props, 'definition')),
			fieldList([
				['Andere vormen', list(props, 'aliases')],
				['In het Engels', list(props, 'english')],
			]),
			h('h2', null, 'Uitleg'),
		],
		[
			section('Verwante begrippen', list(props, 'related')),
			section('Belangrijk bij deze stappen', list(props, 'steps')),
		],
	);
}

function StapPreview(props: Props) {
	return entryPage(
		props,
		[
			h('p', { className: 'muted' }, `Stap ${text(props, 'step')} van 6`),
			h('h1', null, text(props, 'title')),
			h('p', { className: 'lead' }, text(props, 'summary')),
			h('h2', null, 'Doel'),
			h('p', null, text(props, 'goal')),
			section('Wat doe je?', actions(props)),
			section('Aandachtspunten', list(props, 'keyPoints')),
			section('Vragen om bij stil te staan', list(props, 'questions')),
			section('Valkuilen', list(props, 'pitfalls')),
		],
		[section('Methoden en tools', list(props, 'tools')), section('Begrippen', list(props, 'terms'))],
	);
}

function ToolPreview(props: Props) {
	return entryPage(props, [
		h('h1', null, text(props, 'title')),
		h('p', { className: 'lead' }, text(props, 'summary')),
		fieldList([
			['Soort', [text(props, 'kind')].filter(Boolean)],
			['Stappen', list(props, 'steps')],
			['Voor wie', list(props, 'audiences')],
			['Sectoren', list(props, 'sectors')],
			['Kosten', [text(props, 'cost')].filter(Boolean)],
			['Organisatie', [text(props, 'organisation')].filter(Boolean)],
		]),
	]);
}

/** Registers the site CSS and the three preview templates. */
export function registerPreviews(cms: DecapCms): void {
	cms.registerPreviewStyle(siteCss, { raw: true });
	cms.registerPreviewTemplate('begrippen', BegripPreview);
	cms.registerPreviewTemplate('stappen', StapPreview);
	cms.registerPreviewTemplate('tools', ToolPreview);
}
