/**
 * Trainings in time: the komend/afgelopen split, the iCalendar output (checked
 * by a strict line-based reader of RFC 5545, not by the library that wrote it)
 * and the JSON-LD. The fixture training has real dates; the site's content has none yet.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import TrainingAgenda from '../src/components/TrainingAgenda.astro';
import { AGENDA_LIMIT } from '../src/lib/training-dates.ts';
import { loadContent } from '../src/lib/validation/load.ts';
import { splitByDate, today, trainingIcs, trainingJsonLd, type TrainingLike } from '../src/lib/trainings.ts';
import { slugRef } from '../src/schemas/index.ts';
import { trainingSchema } from '../src/schemas/training.ts';
import { FIXTURE_CONTENT } from './helpers.ts';

const raw = loadContent(FIXTURE_CONTENT).entries.find((e) => e.collection === 'trainingen' && e.id === 'bijeenkomst');
if (!raw) throw new Error('fixture training "bijeenkomst" is missing');
const fixture = trainingSchema(slugRef).parse(raw.data) as TrainingLike;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PAGE = 'https://implementatiewiki.nl/trainingen/bijeenkomst/';

interface Property {
	name: string;
	params: Record<string, string>;
	value: string;
}

/** Reads iCalendar text strictly: CRLF lines of at most 75 octets, unfolded, split into properties. */
function readIcs(text: string): { calendar: Property[]; events: Property[][] } {
	expect(text.endsWith('\r\n')).toBe(true);
	const physical = text.slice(0, -2).split('\r\n');
	for (const line of physical) {
		expect(line.includes('\n'), `bare line feed in ${JSON.stringify(line)}`).toBe(false);
		expect(Buffer.byteLength(line, 'utf8'), `line longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
	}
	const lines: string[] = [];
	for (const line of physical) {
		if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
		else lines.push(line);
	}
	const props = lines.map((line): Property => {
		const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^;:,"]*))*):(.*)$/.exec(line);
		if (!match) throw new Error(`not a content line: ${line}`);
		const params = Object.fromEntries(
			[...(match[2] ?? '').matchAll(/;([A-Z0-9-]+)=("[^"]*"|[^;:]*)/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
		);
		return { name: match[1] ?? '', params, value: match[3] ?? '' };
	});
	expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
	expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
	const calendar: Property[] = [];
	const events: Property[][] = [];
	let current: Property[] | undefined;
	for (const prop of props.slice(1, -1)) {
		if (prop.name === 'BEGIN' && prop.value === 'VEVENT') current = [];
		else if (prop.name === 'END' && prop.value === 'VEVENT') {
			if (!current) throw new Error('END:VEVENT without BEGIN');
			events.push(current);
			current = undefined;
		} else (current ?? calendar).push(prop);
	}
	expect(current, 'unclosed VEVENT').toBeUndefined();
	return { calendar, events };
}
const get = (props: Property[], name: string) => props.filter((p) => p.name === name);

describe('splitByDate', () => {
	const dates = [
		{ start: day('2026-01-10') },
		{ start: day('2026-03-01'), end: day('2026-03-03') },
		{ start: day('2026-06-01') },
	];
	it('keeps an event komend until and including its last day', () => {
		const { upcoming, past } = splitByDate(dates, day('2026-03-03'));
		expect(upcoming.map((d) => d.start)).toEqual([day('2026-03-01'), day('2026-06-01')]);
		expect(past.map((d) => d.start)).toEqual([day('2026-01-10')]);
	});
	it('moves it to afgelopen the day after', () => {
		expect(splitByDate(dates, day('2026-03-04')).past.map((d) => d.start)).toEqual([
			day('2026-03-01'),
			day('2026-01-10'),
		]);
	});
	it('takes today as UTC midnight', () => {
		expect(today(new Date('2026-11-23T23:30:00Z'))).toEqual(day('2026-11-23'));
	});
});

describe('TrainingAgenda', () => {
	// One training a day from 1 January 2100 (upcoming) or 2000 (past) on.
	const trainings = (count: number, year: number) =>
		Array.from({ length: count }, (_, i) => ({
			id: `t-${year}-${i + 1}`,
			data: { title: `Training ${i + 1}`, dates: [{ start: new Date(Date.UTC(year, 0, 1 + i)) }] },
		}));
	const render = async (entries: unknown[]) =>
		parse(await (await AstroContainer.create()).renderToString(TrainingAgenda, { props: { entries } }));

	it('shows at most AGENDA_LIMIT dates per list, the soonest and the latest, and says there are more', async () => {
		const root = await render([...trainings(AGENDA_LIMIT + 5, 2100), ...trainings(AGENDA_LIMIT + 1, 2000)]);
		const upcoming = root.querySelectorAll('[data-list=komend] li');
		expect(upcoming).toHaveLength(AGENDA_LIMIT);
		expect(upcoming[0]?.querySelector('a')?.text).toBe('Training 1');
		const past = root.querySelectorAll('[data-list=afgelopen] li');
		expect(past).toHaveLength(AGENDA_LIMIT);
		expect(past[0]?.querySelector('a')?.text).toBe(`Training ${AGENDA_LIMIT + 1}`);
		const notes = root.querySelectorAll('p.muted').map((p) => p.text.replace(/\s+/g, ' ').trim());
		expect(notes).toEqual([
			`Hier staan de eerste ${AGENDA_LIMIT} van ${AGENDA_LIMIT + 5} data. Alle trainingen staan hieronder in het overzicht.`,
			`Hier staan de laatste ${AGENDA_LIMIT} van ${AGENDA_LIMIT + 1} data. Alle trainingen staan hieronder in het overzicht.`,
		]);
	});

	it('shows every date, without a note, when they fit', async () => {
		const root = await render(trainings(3, 2100));
		expect(root.querySelectorAll('[data-list=komend] li')).toHaveLength(3);
		expect(root.querySelector('p.muted')).toBeNull();
	});
});

describe('trainingIcs', () => {
	it('writes one valid all-day VEVENT per date of the fixture training', () => {
		const ics = trainingIcs(fixture, 'bijeenkomst', PAGE);
		if (!ics) throw new Error('expected an iCalendar file');
		const { calendar, events } = readIcs(ics);
		expect(get(calendar, 'VERSION')[0]?.value).toBe('2.0');
		expect(get(calendar, 'PRODID')).toHaveLength(1);
		expect(events).toHaveLength(1);
		const [event] = events as [Property[]];
		for (const required of ['UID', 'DTSTAMP', 'DTSTART']) expect(get(event, required), required).toHaveLength(1);
		expect(get(event, 'UID')[0]?.value).toBe('bijeenkomst-2011-08-15@implementatiewiki.nl');
		expect(get(event, 'SUMMARY')[0]?.value).toBe('Gezamenlijke bijeenkomst');
		expect(get(event, 'DTSTART')[0]).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20110815' });
		// DTEND is exclusive: the day after the last day, 17 August.
		expect(get(event, 'DTEND')[0]).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20110818' });
		expect(get(event, 'LOCATION')[0]?.value).toBe('Washington D.C.');
		expect(get(event, 'URL')[0]?.value).toBe(PAGE);
	});

	it('escapes text and folds long lines', () => {
		const title = 'Masterclass; implementeren, borgen en opschalen in de langdurige zorg en het sociaal domein';
		const ics = trainingIcs({ ...fixture, title, dates: [{ start: day('2027-02-01') }] }, 'lang', PAGE) ?? '';
		const { events } = readIcs(ics);
		expect(get(events[0] ?? [], 'SUMMARY')[0]?.value).toBe(title.replace(/;/g, '\\;').replace(/,/g, '\\,'));
		expect(get(events[0] ?? [], 'DTEND')[0]?.value).toBe('20270202');
	});

	it('gives no file for a training without dates', () => {
		expect(trainingIcs({ ...fixture, dates: [] }, 'zonder', PAGE)).toBeNull();
	});
});

describe('trainingJsonLd', () => {
	it('describes a meeting with dates as an Event', () => {
		expect(trainingJsonLd(fixture, PAGE, 'Uitleg')).toEqual([
			expect.objectContaining({ '@type': 'Event', startDate: '2011-08-15', endDate: '2011-08-17', url: PAGE }),
		]);
	});
	it('describes a course with a CourseInstance per date', () => {
		const [course] = trainingJsonLd({ ...fixture, kind: 'cursus', mode: 'online' }, PAGE, 'Uitleg');
		expect(course).toMatchObject({
			'@type': 'Course',
			hasCourseInstance: [
				{ '@type': 'CourseInstance', startDate: '2011-08-15', endDate: '2011-08-17', courseMode: 'online' },
			],
		});
	});
	it('gives a course without dates no instances, and a meeting without dates nothing', () => {
		const [course] = trainingJsonLd({ ...fixture, kind: 'cursus', dates: [] }, PAGE, 'Uitleg');
		expect(course).not.toHaveProperty('hasCourseInstance');
		expect(trainingJsonLd({ ...fixture, dates: [] }, PAGE, 'Uitleg')).toEqual([]);
	});
});

describe('built training pages (content without dates)', () => {
	it('gives a course page Course JSON-LD without instances, and no .ics link', async () => {
		const { page } = await import('./site.ts');
		const html = page('/trainingen/cursussen/');
		const blocks = html
			.querySelectorAll('script[type="application/ld+json"]')
			.map((el) => JSON.parse(el.textContent) as Record<string, unknown>);
		expect(blocks).toContainEqual(expect.objectContaining({ '@type': 'Course', name: 'Cursussen over implementatie' }));
		expect(html.querySelector('a[href$=".ics"]')).toBeNull();
	});

	it('shows a level or an organiser only where the training has a source field for it', async () => {
		const { page } = await import('./site.ts');
		const trainings = loadContent('content').entries.filter((e) => e.collection === 'trainingen');
		expect(trainings.length).toBeGreaterThan(0);
		const shownWithoutField: string[] = [];
		for (const training of trainings) {
			const data = training.data as Record<string, unknown>;
			const html = page(`/trainingen/${training.id}/`);
			// A label ends with a colon for the search index (src/components/FieldList.astro).
			const fields = html.querySelectorAll('main .fields dt').map((dt) => dt.text.replace(/\s*:\s*$/, '').trim());
			const main = html.querySelector('main')?.text ?? '';
			const shows = {
				level: fields.includes('Niveau'),
				provider: fields.includes('Aanbieder'),
				werkgroep: html.querySelector('main p.werkgroep') !== null,
			};
			for (const [field, shown] of Object.entries(shows))
				if (shown && data[field] === undefined) shownWithoutField.push(`${training.file}: shows ${field}`);
			// "Georganiseerd door" claims more than any source field says ("aangejaagd door").
			if (/georganiseerd door de werkgroep/i.test(main)) shownWithoutField.push(`${training.file}: organised by`);
			expect(fields, training.file).toContain('Status volgens de bron');
		}
		expect(shownWithoutField).toEqual([]);
	});

	it('says on the index that no training has dates yet', async () => {
		const { page } = await import('./site.ts');
		expect(page('/trainingen/').querySelector('.agenda')?.textContent).toContain(
			'geen trainingen of bijeenkomsten met een datum',
		);
	});
});
