/**
 * Where content lives. Tests point the validator and the build at fixture
 * folders through CONTENT_DIR; everyone else uses `content/`.
 */
import { envValue } from './env.ts';

export const contentRoot = (): string => envValue('CONTENT_DIR') ?? 'content';
