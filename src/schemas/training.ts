/** Schema for a training or event (trainingen), in `content/trainingen/`. */
import { z } from 'astro/zod';
import {
	autolinkField,
	properNamesField,
	audienceEnum,
	costEnum,
	enumList,
	httpUrl,
	isoDate,
	MAX_REFERENCES,
	sourcesSchema,
	type CollectionName,
} from './common.ts';
import { ruleMessages } from './messages.ts';

/** Kinds of trainings and events. */
export const trainingKindEnum = z
	.enum(['masterclass', 'cursus', 'workshop', 'intervisie', 'e-learning', 'bijeenkomst', 'congres'])
	.describe('Soort');

/** Where the activity stands according to its source (as of the source's date, not today). */
export const trainingStatusEnum = z.enum(['voorgesteld', 'gehouden', 'gepland']).describe('Status');

/** Experience the training assumes. */
export const levelEnum = z.enum(['beginnend', 'ervaren', 'iedereen']).describe('Niveau');

/** How the training is given. */
export const modeEnum = z.enum(['online', 'op-locatie', 'hybride']).describe('Vorm');

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One occurrence of a training or event; its last day is not before its first (else its .ics would end before it starts). */
export const dateSchema = z
	.strictObject({
		/** First day. */
		start: isoDate.describe('Eerste dag'),
		/** Last day, when it lasts more than one day. */
		end: isoDate.optional().describe('Laatste dag'),
		/** Where it takes place. */
		location: z.string().trim().min(1).optional().describe('Plaats'),
	})
	.superRefine(({ start, end }, ctx) => {
		if (end && end < start)
			ctx.addIssue({
				code: 'custom',
				message: ruleMessages.endBeforeStart(isoDay(end), isoDay(start)),
				path: ['end'],
				input: end,
			});
	});

export const trainingSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) =>
	z.strictObject({
		/** Name of the training or event. */
		title: z.string().trim().min(1).describe('Naam van de training of bijeenkomst'),
		/** What sort of activity it is. */
		kind: trainingKindEnum,
		/** Proposed, held or planned, as its source says; the page shows it as "volgens de bron". */
		status: trainingStatusEnum,
		/** Experience it assumes; only when a source says so (no default: an absent level is not shown). */
		level: levelEnum.optional(),
		/** Who it is meant for. */
		audiences: enumList(audienceEnum).default([]).describe('Voor wie'),
		/** Organisation that gives it. */
		provider: z.string().trim().min(1).optional().describe('Aanbieder'),
		/** Online, on location or both. */
		mode: modeEnum.optional(),
		/** When and where it takes place. */
		dates: z.array(dateSchema).max(MAX_REFERENCES).default([]).describe('Data en plaatsen'),
		/** Page with more information. */
		url: httpUrl.optional().describe('Webadres met meer informatie'),
		/** Whether it costs money. */
		cost: costEnum.optional(),
		/** Accreditation for professional registers. */
		accreditation: z.string().trim().min(1).optional().describe('Accreditatie'),
		/** Working group that, according to the source, drives it ("aangejaagd door"); it does not organise it. */
		werkgroep: ref('werkgroepen').optional().describe('Werkgroep die dit volgens de bron aanjaagt'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
