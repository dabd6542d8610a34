/**
 * Astro writes the hash of every script and style it bundles into every page's CSP, though the
 * site emits them all as files that `'self'` already allows, and no page carries inline code:
 * nine hashes of some 45 random, incompressible characters each, about 0.4 KB gzip on every
 * page (a year page has 25 KB, DESIGN §6). A page without inline code gets its policy without
 * them; a page with any (a script without `src` that runs, a style element or attribute) keeps
 * every hash, so the trim can never block what the page needs.
 */

/** Script types a browser does not run: data blocks such as JSON-LD. */
const DATA_SCRIPT = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;

/** Whether the HTML carries code the hashes exist for: an inline script that runs, or inline styles. */
export function hasInlineCode(html: string): boolean {
  for (const [, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/\bsrc\s*=/i.test(attributes) && !DATA_SCRIPT.test(attributes)) return true;
  }
  return /<style\b/i.test(html) || /<[a-z][^>]*\sstyle\s*=/i.test(html);
}

/** The page with its CSP's hash sources dropped, or unchanged if it has inline code or no CSP meta. */
export function trimCspHashes(html: string): string {
  if (hasInlineCode(html)) return html;
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => directive.replace(/\s+'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g, ''));
    return open + directives.join(';') + close;
  });
}
