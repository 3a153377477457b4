import type { SourceKind } from '../schemas/common.ts';

/**
 * Dutch labels for enum values. The values themselves are Dutch slugs from the
 * schemas; most labels follow from them, only the exceptions are listed.
 */
const EXCEPTIONS: Record<string, string> = {
	ggz: 'GGZ',
	'e-learning': 'E-learning',
	'sociaal-domein': 'Sociaal domein',
	'op-locatie': 'Op locatie',
	alle: 'Alle sectoren',
	nl: 'Nederlands',
	en: 'Engels',
};

/** Human label for an enum value such as `langdurige-zorg` → "Langdurige zorg". */
export function labelFor(value: string): string {
	const known = EXCEPTIONS[value];
	if (known) return known;
	const text = value.replace(/-/g, ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a source of a kind other than a document is named on a page. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
	redactie: 'Praktisch advies van de redactie',
};
