import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasInlineCode, trimCspHashes } from '../../src/lib/csp-trim.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw=' 'sha384-abc+/='; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';"></head><body>${body}</body></html>`;

describe('CSP hashes on pages without inline code', () => {
  it('drops every hash and keeps every directive and source', () => {
    const out = trimCspHashes(
      page('<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@context":"https://schema.org"}</script><link rel="stylesheet" href="/a.css">'),
    );
    const policy = /content="([^"]*)"/.exec(out)?.[1];
    assert.equal(policy, "default-src 'self';object-src 'none'; script-src 'self'; style-src 'self';");
  });

  it('keeps them all where the page runs an inline script', () => {
    const html = page('<script>document.title = "x"</script>');
    assert.equal(hasInlineCode(html), true);
    assert.equal(trimCspHashes(html), html);
  });

  it('keeps them all where the page has a style element or a style attribute', () => {
    for (const body of ['<style>p{color:red}</style>', '<p style="color:red">x</p>', '<div class="a" style="x">y</div>']) {
      assert.equal(trimCspHashes(page(body)), page(body), body);
    }
  });

  it('counts JSON-LD and other data blocks as data, not code; a style in text is not an attribute', () => {
    assert.equal(hasInlineCode(page('<script type="application/ld+json">{}</script><script type="application/json">{}</script><p>style="not an attribute"</p>')), false);
  });

  it('leaves a page without a CSP meta tag unchanged', () => {
    const html = '<!DOCTYPE html><html><head></head><body></body></html>';
    assert.equal(trimCspHashes(html), html);
  });
});
