import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { BUILD_MDAST_PLUGINS, MDX_FEATURES } from '../lib/check/mdx-safety.ts';

/**
 * Site-root links in prose (`[guide](/guides/history/)`) are written as if the site sat at a
 * domain root; under a base path (a GitHub project page) they are moved under it, so editors
 * never type the base. Runs after the safety plugin, on links it has already accepted.
 */
export function basePathPlugin(base: string): () => MdastPluginDefinition {
  const prefix = base.replace(/\/+$/, '');
  return () =>
    defineMdastPlugin({
      name: 'atlas:base-path',
      link: (node, ctx) => {
        if (prefix && /^\/(?!\/)/.test(node.url)) ctx.setProperty(node, 'url', `${prefix}${node.url}`);
      },
    });
}

/**
 * The MDX processor of the build (astro.config.mjs passes it to `@astrojs/mdx`): Astro's own
 * Sätteri compiler with the atlas's safety plugin, which refuses unsafe prose before any code is
 * generated. Tests compile hostile files through this same object.
 */
export function buildMdxProcessor(base = '/') {
  return satteri({ mdastPlugins: [...BUILD_MDAST_PLUGINS, ...(base === '/' ? [] : [basePathPlugin(base)])], features: { ...MDX_FEATURES } });
}
