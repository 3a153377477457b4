/** `/trainingen/<slug>.ics`: an iCalendar file for every training or event that has dates. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { published } from '../../lib/content.ts';
import { trainingIcs } from '../../lib/trainings.ts';

export const getStaticPaths = (async () =>
	(await published('trainingen'))
		.filter((entry) => entry.data.dates.length > 0)
		.map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'trainingen'> }> = ({ props, site }) => {
	const { entry } = props;
	const page = new URL(`/trainingen/${entry.id}/`, site ?? 'https://implementatiewiki.nl').href;
	const body = trainingIcs(entry.data, entry.id, page) ?? '';
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
