/** The app icons in the web app manifest; all rendered from `public/favicon.svg`. */
export interface AppIcon {
	/** File name under `/icons/`, without extension. */
	name: string;
	size: number;
	purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
	{ name: 'icon-192', size: 192, purpose: 'any' },
	{ name: 'icon-512', size: 512, purpose: 'any' },
	{ name: 'maskable-512', size: 512, purpose: 'maskable' },
	{ name: 'apple-touch-icon', size: 180, purpose: 'any' },
];

/** Background of the header and of maskable icons. */
export const THEME_COLOR = '#0b3d66';
