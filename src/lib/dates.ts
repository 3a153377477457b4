/** Date helpers: dates are stored as UTC midnight, so format them in UTC. */
const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 november 2026". */
export const formatDate = (date: Date): string => long.format(date);

/** "2026-11-23", for `<time datetime>`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
