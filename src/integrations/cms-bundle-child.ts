/**
 * Child process of src/integrations/cms-bundle.ts: bundles the CMS and writes
 * the bundle to stdout. esbuild's service process ends with this one.
 */
import { bundleCms } from './cms-bundle.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: cms-bundle-child.ts <project root URL>');
process.stdout.write(await bundleCms(new URL(root)));
