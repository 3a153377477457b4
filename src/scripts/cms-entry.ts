/** Entry of the /admin/ bundle (built by src/integrations/cms-bundle.ts; served from source in dev). */
import { startCms } from './cms.ts';

startCms();
