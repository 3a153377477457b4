/**
 * The Decap config is generated from the schemas: every collection and every
 * field must be there, with the right widget, and nothing else. Decap's own
 * validator (decap-cms-core's configSchema) needs a browser, so the browser
 * test (tests/e2e/cms.test.ts) is where Decap itself accepts the config; here
 * the config is checked against the shape documented at decapcms.org.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, cmsConfig, fieldFor, type CmsField } from '../src/lib/cms/config.ts';
import { forLocation, unavailableReason } from '../src/lib/cms/local.ts';
import { repoSettings } from '../src/lib/repo.ts';
import { collectionNames, collections, slugRef } from '../src/schemas/index.ts';
import { elementOf, referenceFields, referenceTarget, shapeOf } from '../src/schemas/introspect.ts';

const config = cmsConfig({ settings: repoSettings({}) });
const byName = Object.fromEntries(config.collections.map((c) => [c.name, c]));

/** Every key path of a schema (`sources.title`), descending into objects and lists of objects. */
function schemaPaths(shape: Record<string, z.ZodType>, prefix = ''): string[] {
	return Object.entries(shape).flatMap(([name, schema]) => {
		const inner = shapeOf(schema) ?? shapeOf(elementOf(schema) ?? z.never());
		return [`${prefix}${name}`, ...(inner ? schemaPaths(inner, `${prefix}${name}.`) : [])];
	});
}

/** Every field path of the CMS config, the same way. */
function cmsPaths(fields: readonly CmsField[], prefix = ''): string[] {
	return fields.flatMap((field) => [
		`${prefix}${field.name}`,
		...(field.fields ? cmsPaths(field.fields, `${prefix}${field.name}.`) : []),
	]);
}

describe('cms config covers the schemas', () => {
	it('has one folder collection per content collection, in order', () => {
		expect(config.collections.map((c) => c.name)).toEqual([...collectionNames]);
	});

	it.each(collectionNames)('%s: every schema field, and only those, plus the body', (name) => {
		const shape = shapeOf(collections[name].schema(slugRef))!;
		const fields = byName[name]!.fields;
		expect(cmsPaths(fields)).toEqual([...schemaPaths(shape), 'body']);
		expect(fields.at(-1)).toEqual(BODY_FIELD);
	});

	it.each(collectionNames)('%s: relation widgets point to the referenced collection', (name) => {
		const shape = shapeOf(collections[name].schema(slugRef))!;
		for (const field of byName[name]!.fields.filter((f) => f.widget === 'relation')) {
			const schema = shape[field.name]!;
			const target = referenceTarget(schema) ?? referenceTarget(elementOf(schema)!);
			expect(field.collection, field.name).toBe(target);
			const titleField = collections[target!].titleField;
			expect(field).toMatchObject({
				search_fields: [titleField],
				display_fields: [titleField],
				value_field: '{{slug}}',
			});
		}
	});

	it('maps references in every schema to relations (none missed)', () => {
		const relations = config.collections.flatMap((c) =>
			c.fields.filter((f) => f.widget === 'relation').map((f) => `${c.name}.${f.name}→${f.collection}`),
		);
		expect(relations).toEqual([
			'stappen.tools→tools',
			'stappen.strategies→begrippen',
			'stappen.terms→begrippen',
			'begrippen.related→begrippen',
			'begrippen.tool→tools',
			'begrippen.steps→stappen',
			'tools.steps→stappen',
			'trainingen.werkgroep→werkgroepen',
			'netwerken.networks→netwerken',
			'netwerken.organisations→organisaties',
			'netwerken.werkgroepen→werkgroepen',
			'netwerken.reports→rapporten',
			'netwerken.terms→begrippen',
			'netwerken.trainings→trainingen',
			'organisaties.networks→netwerken',
			'organisaties.werkgroepen→werkgroepen',
			'organisaties.reports→rapporten',
			'organisaties.terms→begrippen',
			'organisaties.trainings→trainingen',
			'organisaties.tools→tools',
		]);
	});
});

describe('cms config maps each kind of field', () => {
	const begrip = byName['begrippen']!.fields;
	const field = (collection: string, name: string) => byName[collection]!.fields.find((f) => f.name === name)!;

	it('takes Dutch labels from the schema descriptions and required from optionality', () => {
		expect(field('begrippen', 'term')).toEqual({
			name: 'term',
			label: 'Het begrip zoals het in een kop staat',
			widget: 'string',
			required: true,
			pattern: ['^[\\s\\S]*\\S', 'Het begrip zoals het in een kop staat: vul tekst in, niet alleen spaties.'],
		});
		expect(field('tools', 'organisation')).toMatchObject({ widget: 'string', required: false });
		expect(field('begrippen', 'definition')).toMatchObject({ widget: 'text', hint: 'Hoogstens 300 tekens.' });
	});

	it('enums become selects, lists of enums multiple selects, with defaults', () => {
		expect(field('tools', 'kind')).toMatchObject({
			widget: 'select',
			required: true,
			options: expect.arrayContaining(['model', 'checklist']),
		});
		expect(field('tools', 'cost')).toMatchObject({ widget: 'select', default: 'onbekend', required: false });
		expect(field('tools', 'audiences')).toMatchObject({ widget: 'select', multiple: true });
	});

	it('dates become date-only datetime widgets written as YYYY-MM-DD', () => {
		expect(field('begrippen', 'reviewed')).toMatchObject({
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			date_format: 'YYYY-MM-DD',
			time_format: false,
			required: true,
		});
		expect(field('trainingen', 'dates').fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
			['start', 'datetime', true],
			['end', 'datetime', false],
			['location', 'string', false],
		]);
	});

	it('lists get the right subfields; sources need at least one', () => {
		expect(field('begrippen', 'aliases')).toMatchObject({
			widget: 'list',
			required: false,
			field: { widget: 'string' },
		});
		expect(field('begrippen', 'sources')).toMatchObject({ widget: 'list', required: true, min: 1 });
		expect(field('rapporten', 'keyFigures').fields?.find((f) => f.name === 'value')).toMatchObject({
			widget: 'number',
			value_type: 'float',
		});
		expect(field('stappen', 'step')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 6 });
	});

	it('booleans become boolean widgets, URLs get a hint', () => {
		expect(begrip.find((f) => f.name === 'draft')).toMatchObject({ widget: 'boolean', default: false });
		expect(field('tools', 'url')).toMatchObject({ widget: 'string', hint: 'Begint met https:// of http://.' });
	});

	it('networks and organisations: facet lists become multiple selects, talks a list of dates', () => {
		expect(field('netwerken', 'financing')).toMatchObject({
			widget: 'select',
			multiple: true,
			options: expect.arrayContaining(['overheid', 'zorgverzekeraar']),
		});
		expect(field('netwerken', 'reports')).toMatchObject({ widget: 'relation', multiple: true, min: 1 });
		expect(field('organisaties', 'roles')).toMatchObject({ widget: 'select', multiple: true, min: 1, required: true });
		expect(field('organisaties', 'talks')).toMatchObject({
			widget: 'list',
			field: { widget: 'datetime', format: 'YYYY-MM-DD' },
		});
	});

	it('a new schema field shows up in the CMS', () => {
		expect(fieldFor('extra', z.boolean().optional().describe('Nieuw veld'))).toEqual({
			name: 'extra',
			label: 'Nieuw veld',
			widget: 'boolean',
			required: false,
		});
	});

	it('names the field when a schema type has no widget', () => {
		expect(() => fieldFor('when', z.bigint())).toThrow('cms config: no widget for field "when" of type bigint');
	});
});

describe('cms config matches Decap’s documented shape', () => {
	it('uses the github backend with the editorial workflow and open authoring', () => {
		expect(config.backend).toMatchObject({ name: 'github', branch: 'main', open_authoring: true });
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.local_backend).toBeUndefined();
		expect(config).toMatchObject({
			load_config_file: false,
			locale: 'nl',
			media_folder: 'public/media',
			public_folder: '/media',
		});
	});

	it('reads repository, branch and site address from the environment', () => {
		const settings = repoSettings({ CMS_REPO: 'nic/wiki', CMS_BRANCH: 'live', SITE_URL: 'https://example.org/' });
		expect(cmsConfig({ settings })).toMatchObject({
			backend: { repo: 'nic/wiki', branch: 'live' },
			site_url: 'https://example.org',
		});
		expect(repoSettings({ GITHUB_REPOSITORY: 'org/fork' }).repo).toBe('org/fork');
	});

	it('has no repository unless the build is given one, and then works only locally', () => {
		expect(repoSettings({}).repo).toBeUndefined();
		expect(repoSettings({ CMS_REPO: 'geen repository' }).repo).toBeUndefined();
		expect(config.backend).not.toHaveProperty('repo');
		expect(unavailableReason(config)).toBe(
			'Het beheer is op deze site niet ingesteld: de site is gebouwd zonder GitHub-repository (CMS_REPO). Lokaal werkt het beheer wel, met npm run cms.',
		);
		expect(unavailableReason(forLocation(config, { hostname: 'localhost', search: '' }))).toBeUndefined();
		const configured = cmsConfig({ settings: repoSettings({ CMS_REPO: 'nic/wiki' }) });
		expect(unavailableReason(configured)).toBeUndefined();
	});

	it('locally uses decap-server and keeps the editorial workflow', () => {
		const local = cmsConfig({
			settings: repoSettings({}),
			local: true,
			localBackendUrl: 'http://localhost:9999/api/v1',
		});
		expect(local.local_backend).toEqual({ url: 'http://localhost:9999/api/v1' });
		expect(local.publish_mode).toBe('editorial_workflow');
	});

	it('the page switches to decap-server only on localhost', () => {
		expect(forLocation(config, { hostname: 'implementatiewiki.nl', search: '?backend=9000' })).toBe(config);
		const local = forLocation(config, { hostname: 'localhost', search: '' });
		expect(local.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
		expect(local.publish_mode).toBe('editorial_workflow');
		expect(forLocation(config, { hostname: '127.0.0.1', search: '?backend=9000' }).local_backend).toEqual({
			url: 'http://127.0.0.1:9000/api/v1',
		});
		expect(forLocation(config, { hostname: '127.0.0.1', search: '?backend=evil.example' }).local_backend).toEqual({
			url: 'http://127.0.0.1:8081/api/v1',
		});
	});

	it('every collection is a Markdown folder collection with frontmatter', () => {
		for (const c of config.collections) {
			expect(c).toMatchObject({
				folder: `content/${c.name}`,
				extension: 'md',
				format: 'frontmatter',
				slug: '{{slug}}',
				identifier_field: collections[c.name].titleField,
			});
			expect(c.fields.map((f) => f.name)).toContain(c.identifier_field);
		}
	});

	const WIDGETS = new Set([
		'string',
		'text',
		'markdown',
		'select',
		'relation',
		'datetime',
		'number',
		'list',
		'object',
		'boolean',
	]);
	const checkField = (f: CmsField, path: string): string[] => {
		const problems: string[] = [];
		if (!f.name || !f.label) problems.push(`${path}: name and label are required`);
		if (!WIDGETS.has(f.widget)) problems.push(`${path}: unknown widget ${f.widget}`);
		if (f.widget === 'select' && !f.options?.length) problems.push(`${path}: select needs options`);
		if (f.widget === 'relation' && !(f.collection && f.search_fields?.length && f.value_field))
			problems.push(`${path}: relation needs collection, search_fields and value_field`);
		if (f.widget === 'list' && f.field && f.fields) problems.push(`${path}: list has both field and fields`);
		if (f.widget === 'object' && !f.fields?.length) problems.push(`${path}: object needs fields`);
		for (const sub of [...(f.fields ?? []), ...(f.field ? [f.field] : [])])
			problems.push(...checkField(sub, `${path}.${sub.name}`));
		return problems;
	};

	it('every field has name, label and a known widget with its required options', () => {
		const problems = config.collections.flatMap((c) => c.fields.flatMap((f) => checkField(f, `${c.name}.${f.name}`)));
		expect(problems).toEqual([]);
		const names = config.collections.flatMap((c) => c.fields.map((f) => `${c.name}.${f.name}`));
		expect(new Set(names).size).toBe(names.length);
	});

	it('the shape check catches a broken field', () => {
		expect(checkField({ name: 'x', label: 'X', widget: 'relation' }, 'c.x')).toEqual([
			'c.x: relation needs collection, search_fields and value_field',
		]);
	});
});

describe('referenceFields', () => {
	it('lists the fields that refer to entries, single or as a list, with their collection', () => {
		expect(referenceFields(collections.begrippen.schema(slugRef))).toEqual([
			{ key: 'related', target: 'begrippen' },
			{ key: 'tool', target: 'tools' },
			{ key: 'steps', target: 'stappen' },
		]);
		expect(referenceFields(collections.trainingen.schema(slugRef))).toContainEqual({
			key: 'werkgroep',
			target: 'werkgroepen',
		});
		expect(referenceFields(collections.paginas.schema(slugRef))).toEqual([]);
	});
});
