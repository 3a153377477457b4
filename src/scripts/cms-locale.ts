/**
 * Decap's Dutch words, corrected and completed. Decap's own `nl` locale calls
 * the last workflow column "Klaar" on the board but "Voltooid" and "Gereed" in
 * its messages, and lacks some keys, which then show in English. The
 * overrides are merged over Decap's locale (`CMS.getLocale('nl')`), so a key
 * Decap adds later still comes through.
 *
 * Two English texts are not locale keys: the relation widget passes react-select
 * a fixed "Loading options…" and keeps its default "No options".
 * `translateLeftovers` replaces those texts where they appear (the browser test
 * in tests/e2e/cms-workflow.test.ts fails when one shows up in English again).
 */
import type { CMS as DecapCms } from 'decap-cms-core';

type Phrases = { [key: string]: string | Phrases };

/** Our words over Decap's: the status is "Klaar" everywhere, and field rules speak for themselves. */
export const DUTCH_OVERRIDES: Phrases = {
	auth: { loginWithForgejo: 'Inloggen met Forgejo' },
	collection: {
		collectionTop: { viewAsList: 'Als lijst tonen', viewAsGrid: 'Als raster tonen' },
		entries: { unpublishedHeader: 'Nog niet gepubliceerd' },
	},
	editor: {
		editorControl: { field: { widgetLabel: 'veld %{widgetLabel}' } },
		editorControlPane: {
			widget: {
				required: '%{fieldLabel}: dit veld is verplicht.',
				// Our patterns carry a whole sentence that names the field (src/lib/cms/config.ts).
				regexPattern: '%{pattern}',
				rangeCount: '%{fieldLabel}: minstens %{minCount} en hoogstens %{maxCount} items.',
				rangeCountExact: '%{fieldLabel}: precies %{count} items.',
				rangeMin: '%{fieldLabel}: minstens %{minCount} items.',
				rangeMax: '%{fieldLabel}: hoogstens %{maxCount} items.',
				invalidPath: "'%{path}' is geen geldig pad",
				pathExists: "Pad '%{path}' bestaat al",
			},
			i18n: {
				copyFromLocale: 'Overnemen uit een andere taal',
				copyFromLocaleConfirm:
					'Wil je de gegevens overnemen uit %{locale}?\nAlles wat nu in de velden staat, wordt vervangen.',
			},
		},
		editor: {
			onPublishingNotReady: 'Zet de status eerst op "Klaar" en publiceer dan.',
			onUpdatingWithUnsavedChanges: 'Er zijn wijzigingen die nog niet zijn opgeslagen. Sla ze eerst op.',
			onPublishingWithUnsavedChanges: 'Er zijn wijzigingen die nog niet zijn opgeslagen. Sla ze op voor je publiceert.',
			onPublishing: 'Weet je zeker dat je dit wilt publiceren?',
		},
		editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
		editorNotesPane: {
			title: 'Notities',
			emptyState: 'Nog geen notities.',
			addNote: 'Notitie toevoegen',
			addPlaceholder: 'Schrijf een notitie…',
			editPlaceholder: 'Pas je notitie aan…',
			save: 'Opslaan',
			cancel: 'Annuleren',
			edit: 'Bewerken',
			delete: 'Verwijderen',
			resolve: 'Afgehandeld',
			unresolve: 'Weer openen',
			confirmDelete: 'Weet je zeker dat je deze notitie wilt verwijderen?',
			shortcut: 'Tip: Ctrl+Enter voegt de notitie toe',
		},
		editorToolbar: {
			// CONTRIBUTING.md calls the middle column "Ter review".
			inReview: 'Ter review',
			statusInfoTooltipDraft: 'De status is Concept. Zet de status op "Ter review" als het klaar is om na te kijken.',
			statusInfoTooltipInReview: 'Iemand kijkt dit na. Je hoeft niets te doen, maar je kunt nog wel wijzigingen maken.',
		},
		editorWidgets: {
			markdown: {
				strikethrough: 'Doorhalen',
				toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown' },
			},
			image: {
				chooseMultiple: 'Kies afbeeldingen',
				addMore: 'Meer afbeeldingen',
				removeAll: 'Alle afbeeldingen weghalen',
			},
			file: { chooseMultiple: 'Kies bestanden', addMore: 'Meer bestanden', removeAll: 'Alle bestanden weghalen' },
			datetime: { setToNow: '%{fieldLabel} op nu zetten' },
			list: { addType: 'Voeg %{item} toe' },
			object: { expand: 'Uitklappen', collapse: 'Inklappen' },
		},
	},
	mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
	ui: {
		settingsDropdown: { account: 'Accountmenu' },
		toast: {
			onFailToPersist: 'Niet opgeslagen. %{details}',
			onFailToPublishEntry: 'Niet gepubliceerd. %{details}',
			onFailToUpdateStatus: 'De status is niet veranderd. %{details}',
			missingRequiredField: 'Niet opgeslagen: vul eerst de velden in die rood zijn gemarkeerd.',
			noteAdded: 'Notitie toegevoegd',
			onFailToAddNote: 'Notitie niet toegevoegd: %{details}',
			noteUpdated: 'Notitie bijgewerkt',
			onFailToUpdateNote: 'Notitie niet bijgewerkt: %{details}',
			noteDeleted: 'Notitie verwijderd',
			onFailToDeleteNote: 'Notitie niet verwijderd: %{details}',
			noteResolved: 'Notitie afgehandeld',
			noteReopened: 'Notitie weer geopend',
			onFailToToggleNote: 'Notitie niet veranderd: %{details}',
		},
	},
	workflow: {
		workflowList: {
			onPublishingNotReadyEntry:
				'Alleen wat de status "Klaar" heeft, kan worden gepubliceerd. Sleep de kaart naar de kolom "Klaar".',
			onPublishEntry: 'Weet je zeker dat je dit wilt publiceren?',
			inReviewHeader: 'Ter review',
		},
	},
};

/** `over` merged into `base`, key by key. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
	const out: Phrases = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const current = out[key];
		out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
	}
	return out;
}

export function registerDutch(cms: DecapCms): void {
	cms.registerLocale('nl', mergePhrases((cms.getLocale('nl') ?? {}) as Phrases, DUTCH_OVERRIDES));
}

/** English texts that are not locale keys, and their Dutch. */
export const LEFTOVERS: Readonly<Record<string, string>> = {
	'No options': 'Niets gevonden',
	'Loading options…': 'Keuzes laden…',
};

/** Replaces the leftover English texts whenever Decap renders one. */
export function translateLeftovers(root: Node = document.body): MutationObserver {
	const fixText = (text: Node) => {
		const dutch = LEFTOVERS[text.nodeValue ?? ''];
		if (dutch) text.nodeValue = dutch;
	};
	const fix = (node: Node) => {
		if (node.nodeType === Node.TEXT_NODE) return fixText(node);
		const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
		for (let text = walker.nextNode(); text; text = walker.nextNode()) fixText(text);
	};
	const observer = new MutationObserver((records) => {
		for (const record of records) {
			if (record.type === 'characterData') fix(record.target);
			record.addedNodes.forEach(fix);
		}
	});
	observer.observe(root, { childList: true, subtree: true, characterData: true });
	return observer;
}
