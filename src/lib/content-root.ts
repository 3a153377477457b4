/**
 * Where content lives. Tests point the validator and the build at fixture
 * folders through CONTENT_DIR; everyone else uses `content/`.
 */
export const contentRoot = (): string => process.env['CONTENT_DIR'] ?? 'content';
