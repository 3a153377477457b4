/**
 * Loads every collection from the top-level `content/` folder with the schemas
 * in `src/schemas/`. Astro only logs a dangling `reference()`, so
 * `npm run validate` (run before every build) is what fails on one.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute, join } from 'node:path';
import { keepStores } from './integrations/data-store-file.ts';
import { contentRoot } from './lib/content-root.ts';
import { begripSchema } from './schemas/begrip.ts';
import type { CollectionName } from './schemas/common.ts';
import { netwerkSchema } from './schemas/netwerk.ts';
import { organisatieSchema } from './schemas/organisatie.ts';
import { paginaSchema } from './schemas/pagina.ts';
import { rapportSchema } from './schemas/rapport.ts';
import { stapSchema } from './schemas/stap.ts';
import { toolSchema } from './schemas/tool.ts';
import { trainingSchema } from './schemas/training.ts';
import { werkgroepSchema } from './schemas/werkgroep.ts';

// CONTENT_DIR may be absolute (a test's temporary folder) or relative to the project.
const loader = (name: CollectionName) =>
	glob({
		base: isAbsolute(contentRoot()) ? join(contentRoot(), name) : `./${contentRoot()}/${name}`,
		pattern: '*.{md,mdx}',
		// Pages use the rendered HTML, never the raw Markdown: keeping it would
		// roughly double the data store Astro serialises and holds in memory.
		retainBody: false,
	});

// keepStores: the build hands the loaded entries to the prerender as they are (src/integrations/data-store-file.ts).
export const collections = keepStores({
	stappen: defineCollection({ loader: loader('stappen'), schema: stapSchema(reference) }),
	begrippen: defineCollection({ loader: loader('begrippen'), schema: begripSchema(reference) }),
	tools: defineCollection({ loader: loader('tools'), schema: toolSchema(reference) }),
	trainingen: defineCollection({ loader: loader('trainingen'), schema: trainingSchema(reference) }),
	rapporten: defineCollection({ loader: loader('rapporten'), schema: rapportSchema() }),
	werkgroepen: defineCollection({ loader: loader('werkgroepen'), schema: werkgroepSchema() }),
	netwerken: defineCollection({ loader: loader('netwerken'), schema: netwerkSchema(reference) }),
	organisaties: defineCollection({ loader: loader('organisaties'), schema: organisatieSchema(reference) }),
	paginas: defineCollection({ loader: loader('paginas'), schema: paginaSchema() }),
});
