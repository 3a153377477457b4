/**
 * Every message an editor can get about content, in Dutch (B1), in one place:
 * `npm run validate`, the maintenance page (/redactie/onderhoud/) and the CMS
 * all show these words. Plain functions without Node imports, so the CMS can
 * run them in the browser. A problem is shown as `<bestand>: <veld>: <bericht>`
 * (src/schemas/errors.ts); the message itself never repeats the file or field.
 *
 * Style: short sentences, "je", first what is wrong, then what to do.
 */

/** Messages the schemas attach to their own rules; errors.ts shows these as written. */
const own = new Set<string>();

/** Registers a schema's own message, so the error wrapper keeps it unchanged. */
export function ownMessage(message: string): string {
	own.add(message);
	return message;
}

/** True for a message registered by `ownMessage`. */
export const isOwnMessage = (message: string): boolean => own.has(message);

/** Joins names as "a, b of c". */
export const orList = (items: readonly string[]): string =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} of ${items.at(-1)}` : items.join('');

/** A number as Dutch text: 100.000. */
const count = (n: number): string => n.toLocaleString('nl-NL');

/** " (regel 3 van de tekst)": a line of the text below the frontmatter; empty without a line. */
export const atLine = (line: number | undefined): string => (line ? ` (regel ${line} van de tekst)` : '');

/** The did-you-mean hint: ` (bedoel je "borging"?)`. */
export const didYouMeanText = (suggestion: string): string => ` (bedoel je "${suggestion}"?)`;

/** A value as it appears in a message. */
export function describeValue(value: unknown): string {
	if (value === null) return 'niets (null)';
	if (Array.isArray(value)) return 'een lijst';
	if (value instanceof Date) return 'een datum';
	if (typeof value === 'object') return 'een groep velden';
	if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'number') return `het getal ${String(value)}`;
	return String(value);
}

/** What a Zod type name means for an editor. */
export const TYPE_NAMES: Record<string, string> = {
	string: 'tekst',
	number: 'een getal',
	int: 'een heel getal',
	boolean: 'true of false',
	array: 'een lijst',
	object: 'een groep velden',
	date: 'een datum als JJJJ-MM-DD',
};

const FRONTMATTER = 'gegevens (YAML) tussen twee regels ---';

/** The file as a whole: its name, place, size and encoding. */
export const fileMessages = {
	badName: (suggestion: string) =>
		`de bestandsnaam mag alleen kleine letters, cijfers en streepjes hebben; noem het bestand "${suggestion}"`,
	nameTaken: (suggestion: string) =>
		`de bestandsnaam mag alleen kleine letters, cijfers en streepjes hebben, en "${suggestion}" bestaat al: twee namen mogen niet alleen in hoofdletters verschillen; voeg de twee bestanden samen of kies een andere naam`,
	sameSlug: (other: string) =>
		`${other} heeft dezelfde naam: één pagina, één bestand (.md of .mdx); voeg de twee samen of geef er één een andere naam`,
	tooLarge: (megabytes: string, max: string) =>
		`het bestand is ${megabytes} MB; dat is te groot (hoogstens ${max} MB): verdeel de tekst over meer pagina's of haal geplakte gegevens weg`,
	notUtf8: () => 'het bestand is geen UTF-8-tekst; sla het op als UTF-8',
	empty: () => `het bestand is leeg; het moet beginnen met ${FRONTMATTER}`,
	noFrontmatter: () => `het bestand moet beginnen met ${FRONTMATTER}`,
	notFields: () => `de ${FRONTMATTER} moeten velden zijn (naam: waarde), geen lijst of losse tekst`,
	symlink: () =>
		'dit is een snelkoppeling (symlink) naar iets anders; de site neemt alleen echte bestanden op: zet het bestand zelf hier neer',
	inSubfolder: (collectionFolder: string) =>
		`deze map in een collectie komt niet op de site; zet de bestanden direct in ${collectionFolder}`,
	wrongExtension: () =>
		'alleen bestanden die eindigen op .md of .mdx komen op de site; geef het bestand de extensie .md',
	unknownFolder: (hint: string, collections: readonly string[]) =>
		`er is geen collectie met deze naam${hint}, dus niets hierin komt op de site; de collecties zijn: ${collections.join(', ')}`,
	looseFile: () =>
		'dit bestand hoort bij geen enkele collectie en komt niet op de site; zet het in een collectiemap, zoals content/begrippen/',
} as const;

/** What is wrong with the YAML itself, from js-yaml's reason (English) to Dutch. */
const YAML_REASONS: [RegExp, string][] = [
	[/^duplicated mapping key/, 'een veld staat twee keer in de gegevens; haal er één weg'],
	[/^tab characters must not be used/, 'gebruik spaties om in te springen, geen tabs'],
	[/^bad indentation/, 'deze regel springt niet goed in; gebruik evenveel spaties als de regels erboven'],
	[
		/^unknown tag|^undeclared tag handle|^unacceptable node kind/,
		'een YAML-label met ! is niet toegestaan; haal het weg',
	],
	[
		/^null byte|non-printable characters|^expected valid JSON character/,
		'er staat een onzichtbaar stuurteken in de tekst; typ de tekst opnieuw of haal het teken weg',
	],
	[/within a flow collection|^missed comma/, 'een lijst tussen [ ] of een groep tussen { } is niet goed afgesloten'],
	[/within a (?:double|single) quoted scalar/, 'een tekst tussen aanhalingstekens wordt niet afgesloten'],
	[
		/^unknown escape sequence|^expected hexadecimal/,
		'onbekende code met \\ in een tekst tussen aanhalingstekens; schrijf \\\\ om \\ te tonen',
	],
	[/^unidentified alias/, 'een verwijzing *naam wijst naar niets; schrijf de waarde uit'],
	[/^nesting exceeded/, 'de gegevens zijn te diep genest'],
	[/^merge keys exceeded/, 'te veel samengevoegde velden (<<); schrijf de velden uit'],
	[/whitespace character is expected after the key-value separator/, 'zet een spatie na de dubbele punt'],
	[
		/a colon is missed|document separator is expected|multiline key may not be an implicit key|the node content, but found/,
		'er ontbreekt een dubbele punt, of de regel springt niet goed in',
	],
];

/** The frontmatter's YAML and its size. */
export const yamlMessages = {
	syntax: (line: number, reason: string) => {
		const known = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1];
		return `fout in de gegevens op regel ${line}: ${known ?? `de YAML klopt niet (${reason})`}`;
	},
	broken: (reason: string) => `de gegevens kunnen niet worden gelezen: ${reason}`,
	tooBig: (max: number) =>
		`de gegevens zijn te groot: meer dan ${count(max)} waarden. Dat komt vaak door verwijzingen (&naam en *naam); schrijf de waarden uit`,
} as const;

/** Zod issues, turned into sentences (src/schemas/errors.ts). */
export const fieldMessages = {
	required: () => 'dit veld ontbreekt; vul het in',
	wrongType: (expected: string, got: unknown) => `verwacht ${expected}, maar hier staat ${describeValue(got)}`,
	unknownKey: (hint: string, known: readonly string[]) =>
		`onbekend veld${hint}; toegestane velden zijn: ${known.join(', ')}`,
	notOneOf: (options: readonly string[], got: string) => `kies uit ${options.join(', ')}; hier staat ${got}`,
	tooLong: (max: number, length: number | undefined) =>
		`hoogstens ${count(max)} tekens${length === undefined ? '' : `; dit zijn er ${count(length)}`}`,
	tooMany: (max: number, length: number | undefined) =>
		`hoogstens ${count(max)} items in deze lijst${length === undefined ? '' : `; dit zijn er ${count(length)}`}`,
	tooBig: (max: number | bigint, got: string) => `hoogstens ${String(max)}; hier staat ${got}`,
	empty: () => 'dit veld is leeg; vul tekst in',
	tooFew: (min: number) => `de lijst moet minstens ${min} ${min === 1 ? 'item' : 'items'} hebben`,
	tooSmall: (min: number | bigint, got: string) => `minstens ${String(min)}; hier staat ${got}`,
	wrongFormat: (format: string, got: unknown) => `verwacht ${format}, maar hier staat ${describeValue(got)}`,
	other: (reason: string) => `deze waarde klopt niet (${reason})`,
} as const;

/** The schemas' own rules (registered, so errors.ts keeps them). */
export const ruleMessages = {
	date: ownMessage('verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01'),
	noSuchDate: ownMessage('deze datum bestaat niet; verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01'),
	yearRange: (min: number, max: number) => ownMessage(`het jaar moet tussen ${min} en ${max} liggen`),
	url: ownMessage('verwacht een webadres dat begint met https:// of http://'),
	urlCredentials: ownMessage(
		'een webadres mag geen naam of wachtwoord bevatten (het stuk voor de @); schrijf alleen het adres, zoals https://voorbeeld.nl/pagina',
	),
	urlNotAsShown: (shown: string) =>
		ownMessage(
			`schrijf het webadres zoals een browser het toont: ${shown} (zonder spaties, \\ of lettertekens die op andere lijken)`,
		),
	oneSource: ownMessage('noem minstens één bron'),
	oneStep: ownMessage('kies minstens één stap'),
	oneRole: ownMessage('noem minstens één rol die de bronnen deze organisatie geven'),
	oneReport: ownMessage('noem minstens één rapport waarin de bronnen dit beschrijven'),
	languageCode: ownMessage('verwacht een taalcode van twee kleine letters, zoals "nl"'),
	githubHandle: ownMessage('verwacht een GitHub-naam, zoals "@naam"'),
	duplicate: (value: string) => ownMessage(`"${value}" staat al eerder in deze lijst; haal het hier weg`),
	stopWord: (value: string) =>
		ownMessage(
			`"${value}" is een heel gewoon woord (een stopwoord); het zou op bijna elke pagina een link worden: kies een specifieker woord`,
		),
	redactieSection: ownMessage(
		'een bron van de soort redactie heeft een section nodig: schrijf op wat de redactie zelf heeft toegevoegd',
	),
	redactieUrl: ownMessage(
		'een bron van de soort redactie heeft geen url: het eigen advies van de redactie staat nergens anders; haal de url weg',
	),
	localId: ownMessage('gebruik alleen kleine letters, cijfers en streepjes, zoals "survey-wensen"'),
	noSuchChart: (id: string) =>
		ownMessage(`er is geen grafiek "${id}" in charts; voeg die toe of kies een grafiek die er staat`),
	chartTooSmall: (id: string) =>
		ownMessage(`grafiek "${id}" heeft minstens twee kerncijfers nodig; één getal laat je in de lijst staan`),
	chartMixesUnits: (id: string, units: string) =>
		ownMessage(
			`grafiek "${id}" mengt eenheden (${units}); zet in één grafiek alleen getallen die je kunt vergelijken, met dezelfde eenheid`,
		),
	endBeforeStart: (end: string, start: string) =>
		ownMessage(`de laatste dag (${end}) ligt voor de eerste dag (${start}); controleer de data`),
} as const;

/** Rules across entries: references, steps, unique names. */
export const crossMessages = {
	noEntry: (noun: string, id: string, hint: string) => `er is geen ${noun} "${id}"${hint}`,
	selfReference: () => 'een pagina kan niet naar zichzelf verwijzen',
	draftReference: (noun: string, id: string) =>
		`${noun} "${id}" is een concept en komt niet op de site; publiceer het of haal deze verwijzing weg`,
	duplicateStep: (step: number, file: string) => `stap ${step} komt twee keer voor; ${file} heeft dit nummer al`,
	missingStep: (step: number, first: number, last: number) =>
		`stap ${step} ontbreekt; de handleiding heeft de stappen ${first} tot en met ${last} nodig`,
	nameTaken: (name: string, asTerm: boolean, file: string) =>
		`"${name}" is al ${asTerm ? 'het begrip' : 'een andere naam'} van ${file}; elk begrip en elke andere naam mag maar één keer voorkomen`,
} as const;

const NO_CODE = 'tekst op de site mag geen code uitvoeren';
const SAFE_HTML = 'gebruik Markdown, of veilige HTML zoals <details>, <abbr>, <figure> of <table>';

/** The Markdown or MDX text below the frontmatter. */
export const bodyMessages = {
	tooLong: (length: number, max: number) =>
		`de tekst is ${count(length)} tekens lang; dat is te lang (hoogstens ${count(max)}): verdeel hem over meer pagina's`,
	tooDeep: (line: number | undefined, max: number) =>
		`de tekst is te diep genest${atLine(line)}: meer dan ${max} lagen (citaten in citaten, lijsten in lijsten of HTML in HTML); maak de opbouw eenvoudiger`,
	marks: (line: number | undefined, max: number) =>
		`een alinea${atLine(line)} heeft meer dan ${max} keer *, _ of ~; maak er meer alinea's van, of schrijf \\* om een sterretje als teken te tonen`,
	brackets: (line: number | undefined, max: number) =>
		`een alinea${atLine(line)} heeft meer dan ${max} haakjes [ of ]; maak er meer alinea's van, of schrijf \\[ om een haakje als teken te tonen`,
	markRun: (line: number | undefined, max: number) =>
		`de tekst heeft een reeks van meer dan ${max} tekens *, _ of ~${atLine(line)}; haal ze weg, of schrijf \\* om een sterretje als teken te tonen`,
	cannotRender: (line: number | undefined, reason: string) =>
		`de tekst kan niet worden omgezet naar een webpagina${atLine(line)}: ${reason}`,
	imageWithoutAlt: (url: string, line: number | undefined) =>
		`afbeelding "${url}" heeft geen beschrijving${atLine(line)} en verdwijnt; beschrijf wat erop staat: ![beschrijving](${url})`,
	imgWithoutAlt: (line: number | undefined) =>
		`<img> heeft geen beschrijving${atLine(line)} en verdwijnt; voeg alt="beschrijving" toe`,
	externalImage: (url: string, line: number | undefined) =>
		`afbeelding "${url}" staat op een andere website${atLine(line)}; de site toont alleen eigen afbeeldingen: zet de afbeelding bij de media van de site`,
	missingImage: (url: string, line: number | undefined) =>
		`afbeelding "${url}" bestaat niet${atLine(line)}; controleer de naam en de map`,
	badLink: (url: string, line: number | undefined, schemes: string) =>
		`link "${url}" is niet toegestaan${atLine(line)} en wordt gewone tekst; verwacht een adres op deze site of een dat begint met ${schemes}`,
	protocolRelative: (url: string, line: number | undefined) =>
		`adres "${url}" begint met //${atLine(line)} en verdwijnt; schrijf het volledige adres, met https://`,
	unclosedComment: (line: number | undefined) =>
		`de opmerking <!--${atLine(line)} wordt niet gesloten met -->, dus de tekst erna verdwijnt; sluit de opmerking of haal haar weg`,
	element: (tag: string, line: number | undefined) => `<${tag}> is niet toegestaan${atLine(line)}; ${SAFE_HTML}`,
	elementWithText: (tag: string, line: number | undefined) =>
		`<${tag}> is niet toegestaan${atLine(line)} en verdwijnt met de tekst erin; ${SAFE_HTML}`,
	handler: (tag: string, attribute: string, line: number | undefined) =>
		`<${tag}> attribuut ${attribute} is niet toegestaan${atLine(line)}; ${NO_CODE}: haal het weg`,
	urlAttribute: (tag: string, attribute: string, value: string, line: number | undefined, schemes: string) =>
		`<${tag}> attribuut ${attribute}="${value}" is niet toegestaan${atLine(line)}; verwacht een adres op deze site of een dat begint met ${schemes}`,
	attribute: (tag: string, attribute: string, line: number | undefined) =>
		`<${tag}> attribuut ${attribute} is niet toegestaan${atLine(line)}; haal het weg`,
	attributeValue: (tag: string, attribute: string, value: string, line: number | undefined) =>
		`<${tag}> attribuut ${attribute}="${value}" is niet toegestaan${atLine(line)}; haal het weg`,
	lostText: (text: string, line: number | undefined) =>
		`de tekst "${text}"${atLine(line)} verdwijnt uit de pagina; schrijf hem als gewone tekst`,
	// MDX: the text is compiled as code.
	mdxSyntax: (line: number | undefined, reason: string) =>
		`de MDX klopt niet${atLine(line)}: ${reason}; schrijf \\< of \\{ om < of { als tekst te tonen`,
	mdxEsm: (code: string, line: number | undefined) =>
		`"${code}" is niet toegestaan${atLine(line)}; een tekst mag geen code laden: haal het weg`,
	mdxExpression: (code: string, line: number | undefined) =>
		`{${code}} is JavaScript${atLine(line)}; ${NO_CODE}: haal het weg, of schrijf \\{ om een accolade te tonen`,
	mdxFragment: (line: number | undefined) => `fragment <>…</> is niet toegestaan${atLine(line)}; haal <> en </> weg`,
	mdxComponent: (name: string, line: number | undefined, allowed: readonly string[]) =>
		`component <${name}> is niet toegestaan${atLine(line)}; ${
			allowed.length === 0
				? 'teksten kunnen nog geen componenten gebruiken'
				: `toegestane componenten: ${allowed.map((c) => `<${c}>`).join(', ')}`
		}`,
	mdxSpread: (tag: string, code: string, line: number | undefined) =>
		`<${tag}> attribuut {${code}} is JavaScript${atLine(line)}; ${NO_CODE}: haal het weg`,
	mdxAttributeCode: (tag: string, attribute: string, code: string, line: number | undefined) =>
		`<${tag}> attribuut ${attribute}={${code}} is JavaScript${atLine(line)}; ${NO_CODE}: schrijf een gewone waarde tussen aanhalingstekens, ${attribute}="…"`,
} as const;

/** The closing lines of `npm run validate`. */
export const summaryMessages = {
	problems: (n: number, root: string) =>
		`${count(n)} ${n === 1 ? 'probleem' : 'problemen'} in ${root}/. Los ${n === 1 ? 'het' : 'ze'} op en voer npm run validate opnieuw uit.`,
	valid: (n: number, root: string) => `${count(n)} ${n === 1 ? 'pagina' : "pagina's"} in ${root}/ in orde.`,
} as const;
