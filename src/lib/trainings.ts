/**
 * Trainings and events in time: split into komend (upcoming) and afgelopen
 * (past) by their last day, an iCalendar file per training with dates (made with
 * the `ics` library rather than by hand: line folding and escaping are easy to
 * get wrong), and schema.org JSON-LD (Event for meetings, Course otherwise).
 * Dates are UTC midnight, as the schemas store them.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { isoDay } from './dates.ts';
import { lastDay, type Occurrence } from './training-dates.ts';

export { splitByDate, today, type Occurrence } from './training-dates.ts';

/** The fields of a training these helpers read. */
export interface TrainingLike {
	title: string;
	kind: string;
	dates: readonly Occurrence[];
	provider?: string | undefined;
	url?: string | undefined;
	mode?: string | undefined;
}

/** Kinds that are one-off events rather than courses. */
const EVENT_KINDS = new Set(['bijeenkomst', 'congres']);

const dateArray = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const dayAfter = (date: Date): Date => new Date(date.getTime() + 24 * 60 * 60 * 1000);

/**
 * An iCalendar file with one all-day event per occurrence; null when the
 * training has no dates. `pageUrl` is the training's page on the site.
 */
export function trainingIcs(training: TrainingLike, slug: string, pageUrl: string): string | null {
	if (training.dates.length === 0) return null;
	const events: EventAttributes[] = training.dates.map((occurrence) => ({
		uid: `${slug}-${isoDay(occurrence.start)}@implementatiewiki.nl`,
		title: training.title,
		start: dateArray(occurrence.start),
		// All-day events end on the day after the last day (DTEND is exclusive).
		end: dateArray(dayAfter(lastDay(occurrence))),
		description: `Meer informatie: ${pageUrl}`,
		url: pageUrl,
		...(occurrence.location ? { location: occurrence.location } : {}),
	}));
	const { error, value } = createEvents(events, { productId: 'implementatiewiki/ics', calName: training.title });
	if (error || !value)
		throw new Error(`could not make an iCalendar file for "${slug}": ${error?.message ?? 'no output'}`);
	return value;
}

const attendanceMode: Record<string, string> = {
	online: 'https://schema.org/OnlineEventAttendanceMode',
	'op-locatie': 'https://schema.org/OfflineEventAttendanceMode',
	hybride: 'https://schema.org/MixedEventAttendanceMode',
};

/**
 * Schema.org data for a training page: an Event per occurrence for meetings
 * and congresses with dates, otherwise a Course with a CourseInstance per
 * occurrence. Meetings without dates get nothing (an Event needs a start date).
 */
export function trainingJsonLd(
	training: TrainingLike,
	pageUrl: string,
	description: string,
): Record<string, unknown>[] {
	const place = (o: Occurrence) =>
		o.location ? { location: { '@type': 'Place', name: o.location, address: o.location } } : {};
	const mode = training.mode ? { eventAttendanceMode: attendanceMode[training.mode] } : {};
	const organizer = training.provider ? { organizer: { '@type': 'Organization', name: training.provider } } : {};
	if (EVENT_KINDS.has(training.kind)) {
		return training.dates.map((o) => ({
			'@type': 'Event',
			name: training.title,
			description,
			url: pageUrl,
			startDate: isoDay(o.start),
			endDate: isoDay(lastDay(o)),
			...place(o),
			...mode,
			...organizer,
		}));
	}
	return [
		{
			'@type': 'Course',
			name: training.title,
			description,
			url: pageUrl,
			inLanguage: 'nl',
			...(training.provider ? { provider: { '@type': 'Organization', name: training.provider } } : {}),
			...(training.dates.length > 0
				? {
						hasCourseInstance: training.dates.map((o) => ({
							'@type': 'CourseInstance',
							startDate: isoDay(o.start),
							endDate: isoDay(lastDay(o)),
							...(training.mode ? { courseMode: training.mode } : {}),
							...place(o),
						})),
					}
				: {}),
		},
	];
}
