/**
 * JSON to embed in a `<script type="application/json">` (or `ld+json`) data
 * block. Every `<` is written as `\u003c`, so no value can close the element
 * (`</script>`) or open a comment in it; JSON.parse reads the same value back.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
