/** Where /admin/ finds the CMS script (see src/integrations/cms-bundle.ts). */

/** The bundle's address on the built site. */
export const CMS_BUNDLE = '/admin/cms.js';
/** The entry, as Vite serves it in `astro dev`. */
export const CMS_SOURCE = '/src/scripts/cms-entry.ts';
