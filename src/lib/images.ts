/**
 * Build-time raster images from SVG sources, with sharp: the social image and
 * the app icons. One source SVG per picture, so nothing is drawn twice.
 */
import sharp from 'sharp';

/** A PNG response, as a static endpoint returns it. */
export const pngResponse = (png: Uint8Array) =>
	new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });

/** Renders an SVG to a PNG of the given width and height. */
export async function renderPng(svg: string, width: number, height = width): Promise<Uint8Array> {
	const buffer = await sharp(Buffer.from(svg), { density: 300 }).resize(width, height).png().toBuffer();
	return new Uint8Array(buffer);
}

/**
 * A maskable icon: the artwork shrunk into the safe zone (the middle 80 %) on
 * a full background, so a launcher may crop it to any shape.
 */
export async function renderMaskablePng(svg: string, size: number, background: string): Promise<Uint8Array> {
	const inner = Math.round(size * 0.7);
	const art = await sharp(Buffer.from(svg), { density: 300 }).resize(inner, inner).png().toBuffer();
	const buffer = await sharp({ create: { width: size, height: size, channels: 4, background } })
		.composite([{ input: art, gravity: 'centre' }])
		.png()
		.toBuffer();
	return new Uint8Array(buffer);
}
