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
	// netwerken
	'leer-en-verbeternetwerk': 'Leer- en verbeternetwerk',
	wereld: 'Wereldwijd',
	'type-organisatie': 'Bepaald type organisatie',
	regio: 'Ligging of patiënten in de regio',
	omzet: 'Bepaalde omzet',
	subsidieregeling: 'Inschrijving voor een subsidieregeling',
	aanwezigheid: 'Aanwezigheid bij bijeenkomsten',
	'bijdrage-leveren': 'Actief bijdragen',
	'verplicht-door-overheid': 'Verplichting vanuit de overheid',
	'eigen-organisaties': 'De deelnemende organisaties',
	contributie: 'Contributie of lidmaatschap',
	geen: 'Geen financiering',
	kernteam: 'Kernteam met een breder netwerk',
	projectleider: 'Projectleider of kartrekker',
	subnetwerken: 'Subnetwerken en coalities',
	gelijkwaardig: 'Gelijkwaardige leden',
	bestuur: 'Bestuur bepaalt beleid',
	faciliterend: 'Faciliteert de samenwerking',
	kwaliteitsstandaarden: 'Kwaliteits- en informatiestandaarden',
	'value-based-healthcare': 'Value-based healthcare',
	'aanpassen-aan-context': 'Aanpassen aan de context',
	multidisciplinair: 'Multidisciplinaire samenwerking',
	'pilots-en-businesscases': 'Pilots en business cases',
	'wetenschappelijk-onderzoek': 'Wetenschappelijk onderzoek naar het netwerk',
	'netwerken-verbinden': 'Netwerken met elkaar verbinden',
	// organisaties
	'opdrachtgever-verkenning': 'Opdrachtgever van de NIC-verkenning',
	'initiatiefnemer-verkenning': 'Initiatiefnemer van de NIC-verkenning',
	'gesprekspartner-verkenning': 'Gesprekspartner van de NIC-verkenning',
	'nog-te-benaderen': 'De NIC-verkenning wilde nog met hen praten',
	'oprichter-nic': 'Oprichter van het NIC (2014)',
	'partner-zorg-voor-innoveren': 'Partner in Zorg voor Innoveren',
	'taak-in-implementatiestrategie': 'Taak in de landelijke implementatiestrategie',
	'deelnemer-booozt': 'Neemt deel aan Booozt',
	'financier-van-netwerken': 'Financiert leer- en verbeternetwerken',
	universiteit: 'Universiteit of umc',
	'branchevereniging-of-koepel': 'Branchevereniging of koepelorganisatie',
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
