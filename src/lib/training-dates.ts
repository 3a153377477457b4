/**
 * Komend or afgelopen: pure date logic for trainings, shared by the build and
 * the browser (so it must not import anything heavy). Dates are UTC midnight.
 */

/** One occurrence of a training, as the schema gives it. */
export interface Occurrence {
	start: Date;
	end?: Date | undefined;
	location?: string | undefined;
}

/** The last day of an occurrence. */
export const lastDay = (occurrence: Occurrence): Date => occurrence.end ?? occurrence.start;

/** Today as UTC midnight, comparable with content dates. */
export const today = (now = new Date()): Date => new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);

/** Komend until and including its last day; afgelopen after that. */
export const isUpcoming = (occurrence: Occurrence, day: Date): boolean =>
	lastDay(occurrence).getTime() >= day.getTime();

/** Dates per agenda list (komend, afgelopen): the agenda must not grow with the site; the catalogue lists every training. */
export const AGENDA_LIMIT = 20;

/** Splits occurrences into upcoming (soonest first) and past (latest first). */
export function splitByDate<T extends Occurrence>(occurrences: readonly T[], day: Date): { upcoming: T[]; past: T[] } {
	const upcoming = occurrences.filter((o) => isUpcoming(o, day)).sort((a, b) => a.start.getTime() - b.start.getTime());
	const past = occurrences.filter((o) => !isUpcoming(o, day)).sort((a, b) => b.start.getTime() - a.start.getTime());
	return { upcoming, past };
}
