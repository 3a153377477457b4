/**
 * Switches off Zod's compiled parsers in the browser. Zod probes whether it may
 * compile code with `new Function` when an object schema is made; under the
 * site's CSP (no 'unsafe-eval') that probe is caught, but the browser still
 * reports a violation. Import this module first, before any schema is made.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
