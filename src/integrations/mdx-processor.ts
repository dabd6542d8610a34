import { satteri } from '@astrojs/markdown-satteri';
import { BUILD_MDAST_PLUGINS, MDX_FEATURES } from '../lib/check/mdx-safety.ts';

/**
 * The MDX processor of the build (astro.config.mjs passes it to `@astrojs/mdx`): Astro's own
 * Sätteri compiler with the atlas's safety plugin, which refuses unsafe prose before any code is
 * generated. Tests compile hostile files through this same object.
 */
export function buildMdxProcessor() {
  return satteri({ mdastPlugins: BUILD_MDAST_PLUGINS, features: { ...MDX_FEATURES } });
}
