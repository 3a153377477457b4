/**
 * One source of truth, enforced at save: every rule of the Zod schemas that
 * Decap's config can express is in the generated config, and every other rule
 * is on the documented list `NOT_IN_CONFIG` (checked in the browser instead).
 * The walk covers every field of every collection, nested objects and list
 * items included, so a new rule in a schema fails here until the CMS has it.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, fieldFor, NOT_IN_CONFIG, patternFor, URL_PATTERN, type CmsField } from '../src/lib/cms/config.ts';
import { repoSettings } from '../src/lib/repo.ts';
import { collectionNames, collections, slugRef } from '../src/schemas/index.ts';
import {
	constraintsOf,
	elementOf,
	enumValues,
	isOptional,
	referenceTarget,
	shapeOf,
	type Constraint,
} from '../src/schemas/introspect.ts';

const config = cmsConfig({ settings: repoSettings({}) });

type Exception = keyof typeof NOT_IN_CONFIG;
const matches = (field: CmsField, value: string) => (field.pattern ? new RegExp(field.pattern[0]).test(value) : true);

/**
 * Whether `field` mirrors the rule `c` of `schema`: the name of the exception
 * that covers it, `true` when the config has it, `false` when it has not.
 */
function counterpart(
	c: Constraint,
	schema: z.ZodType,
	field: CmsField,
	all: readonly Constraint[],
): boolean | Exception {
	const optional = isOptional(schema);
	switch (c.kind) {
		case 'trim':
			return !matches(field, '   ') && matches(field, ' x ');
		case 'minLength':
			if (all.some((o) => o.kind === 'trim')) return !matches(field, ' '.repeat(c.value));
			// Decap refuses an empty required field; an empty optional one is left out before saving.
			return optional ? 'emptyOptionalText' : field.required === true;
		case 'maxLength':
			return !matches(field, 'x'.repeat(c.value + 1)) && matches(field, 'x'.repeat(c.value));
		case 'regex':
			return (
				field.pattern?.[0].includes(c.pattern.source) === true && (field.pattern[1].includes(field.label) ?? false)
			);
		case 'url':
			return (
				['javascript:alert(1)', 'geen url', 'www.example.nl'].every((bad) => !matches(field, bad)) &&
				matches(field, 'https://example.org/pad?x=1')
			);
		case 'minItems':
			return field.min === c.value;
		case 'maxItems':
			return field.max === c.value;
		case 'min':
			return field.min === c.value;
		case 'max':
			return field.max === c.value;
		case 'int':
			return field.value_type === 'int';
		case 'custom':
			return 'custom';
		case 'unknown':
			return false;
	}
}

interface Finding {
	path: string;
	rule: string;
	covered: boolean | Exception;
}

/** Every rule of every field under `shape`, with what the CMS field does about it. */
function walk(shape: Record<string, z.ZodType>, fields: readonly CmsField[], prefix: string): Finding[] {
	return Object.entries(shape).flatMap(([name, schema]) => {
		const field = fields.find((f) => f.name === name);
		const path = `${prefix}${name}`;
		if (!field) return [{ path, rule: 'field', covered: false }];
		return findingsFor(schema, field, path);
	});
}

function findingsFor(schema: z.ZodType, field: CmsField, path: string): Finding[] {
	const all = constraintsOf(schema);
	const findings: Finding[] = all.map((c) => ({
		path,
		rule: c.kind === 'unknown' ? `unknown ${c.check}` : c.kind,
		covered: counterpart(c, schema, field, all),
	}));
	findings.push({ path, rule: 'required', covered: field.required === !isOptional(schema) });
	const options = enumValues(schema);
	if (options)
		findings.push({ path, rule: 'enum', covered: JSON.stringify(field.options) === JSON.stringify(options) });
	const target = referenceTarget(schema);
	if (target) findings.push({ path, rule: 'reference', covered: field.collection === target });
	const element = elementOf(schema);
	if (element) {
		const elementShape = shapeOf(element);
		if (elementShape) findings.push(...walk(elementShape, field.fields ?? [], `${path}[].`));
		else if (field.field) findings.push(...findingsFor(element, field.field, `${path}[]`));
		else {
			// A list of references or of enum values: the relation or select itself is the element.
			const elementOptions = enumValues(element);
			const elementTarget = referenceTarget(element);
			if (elementOptions)
				findings.push({
					path: `${path}[]`,
					rule: 'enum',
					covered: JSON.stringify(field.options) === JSON.stringify(elementOptions),
				});
			if (elementTarget)
				findings.push({ path: `${path}[]`, rule: 'reference', covered: field.collection === elementTarget });
			findings.push(
				...constraintsOf(element).map((c) => ({
					path: `${path}[]`,
					// A slug reference's min(1): the relation widget stores only existing slugs.
					rule: c.kind,
					covered: c.kind === 'minLength' && elementTarget ? true : counterpart(c, element, field, []),
				})),
			);
		}
	}
	const shape = shapeOf(schema);
	if (shape && !element) findings.push(...walk(shape, field.fields ?? [], `${path}.`));
	return findings;
}

const findings = collectionNames.flatMap((name) => {
	const shape = shapeOf(collections[name].schema(slugRef))!;
	const fields = config.collections.find((c) => c.name === name)!.fields;
	return walk(shape, fields, `${name}.`);
});

describe('every schema rule has a CMS counterpart or a documented exception', () => {
	it('finds the rules (the walk reaches nested fields and list items)', () => {
		expect(findings.length).toBeGreaterThan(200);
		expect(findings).toContainEqual({ path: 'begrippen.definition', rule: 'maxLength', covered: true });
		expect(findings).toContainEqual({ path: 'begrippen.sources[].url', rule: 'url', covered: true });
		expect(findings).toContainEqual({ path: 'begrippen.aliases[]', rule: 'trim', covered: true });
		expect(findings).toContainEqual({ path: 'stappen.actions[].text', rule: 'maxLength', covered: true });
	});

	it('no rule is left without a counterpart or an exception', () => {
		expect(findings.filter((f) => f.covered === false).map((f) => `${f.path}: ${f.rule}`)).toEqual([]);
	});

	it('every documented exception is still needed', () => {
		const used = new Set(findings.map((f) => f.covered).filter((c) => typeof c === 'string'));
		expect([...used].sort()).toEqual(Object.keys(NOT_IN_CONFIG).sort());
	});

	it('fails for a rule the CMS cannot mirror yet', () => {
		const schema = z.string().length(5).describe('Code');
		expect(findingsFor(schema, fieldFor('code', schema), 'x.code')).toContainEqual({
			path: 'x.code',
			rule: 'unknown length_equals',
			covered: false,
		});
	});
});

describe('the patterns say in Dutch what is wrong and name the field', () => {
	const field = (collection: string, name: string) =>
		config.collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)!;

	it('a definition of 350 characters is refused; 300 with spaces around is fine', () => {
		const definition = field('begrippen', 'definition');
		expect(matches(definition, 'x'.repeat(350))).toBe(false);
		expect(matches(definition, `  ${'x'.repeat(300)}\n`)).toBe(true);
		expect(definition.pattern?.[1]).toBe(
			'Korte definitie, hoogstens 300 tekens: hoogstens 300 tekens; vul tekst in, niet alleen spaties.',
		);
	});

	it('a term of only spaces is refused', () => {
		expect(matches(field('begrippen', 'term'), '   ')).toBe(false);
		expect(field('begrippen', 'term').pattern?.[1]).toBe(
			'Het begrip zoals het in een kop staat: vul tekst in, niet alleen spaties.',
		);
	});

	it('URLs: only http(s) with a host; javascript:, text and a bare www. are refused', () => {
		const url = field('tools', 'url');
		for (const bad of ['javascript:alert(1)', 'geen url', 'www.example.nl', 'https://ex ample.nl', 'https://a\\b'])
			expect(matches(url, bad), bad).toBe(false);
		for (const good of ['https://www.example.nl', 'http://example.org/a/b?c=d#e', 'https://example.org:8080/'])
			expect(matches(url, good), good).toBe(true);
		expect(url.pattern).toEqual([
			URL_PATTERN,
			'Webadres van de tool: verwacht een webadres dat begint met https:// of http://.',
		]);
	});

	it('language codes and GitHub names use the schema’s own regex and message', () => {
		expect(matches(field('tools', 'language'), 'Nederlands')).toBe(false);
		expect(matches(field('tools', 'language'), 'nl')).toBe(true);
		const maintainers = field('werkgroepen', 'maintainers').field!;
		expect(matches(maintainers, 'geen handle!')).toBe(false);
		expect(matches(maintainers, '@naam')).toBe(true);
		expect(maintainers.pattern?.[1]).toBe('GitHub-namen van de beheerders: verwacht een GitHub-naam, zoals "@naam".');
	});

	it('sources need at least one item', () => {
		expect(field('begrippen', 'sources')).toMatchObject({ widget: 'list', min: 1, required: true });
	});

	it('joins several rules with lookaheads', () => {
		const [pattern, message] = patternFor(
			'Code',
			[
				{ kind: 'trim' },
				{ kind: 'minLength', value: 1 },
				{ kind: 'regex', pattern: /^[a-z]+$/, message: 'alleen kleine letters' },
			],
			true,
		)!;
		expect(new RegExp(pattern).test('abc')).toBe(true);
		expect(new RegExp(pattern).test('ABC')).toBe(false);
		expect(new RegExp(pattern).test('   ')).toBe(false);
		expect(message).toBe('Code: vul tekst in, niet alleen spaties; alleen kleine letters.');
	});
});
