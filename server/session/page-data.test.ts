/** The page's data block: its JSON reads back as it was, and nothing in it can end the element. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../contract/session.ts';
import { jsonForHtml, sessionDataBlock, withSessionData } from './page-data.ts';

const INFO: SessionInfo = { apiKey: 'admin-key', role: 'curator', expiresAt: 1, server: { mode: 'sandbox', host: null } };

describe('jsonForHtml', () => {
  it('escapes < > & and the two JavaScript line breaks, and reads back the same', () => {
    const hostile = '</script><!--<script>alert(1)</script>&amp;\u2028\u2029';
    const text = jsonForHtml({ apiKey: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003c!--');
    expect(JSON.parse(text)).toEqual({ apiKey: hostile });
  });

  it('for any text: nothing that could end the element or open a comment, and the same value back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const text = jsonForHtml({ value });
        expect(text.toLowerCase()).not.toContain('</script');
        expect(text).not.toContain('<!--');
        expect(JSON.parse(text)).toEqual({ value });
      }),
    );
  });
});

describe('the block in the page', () => {
  it('goes before the first script', () => {
    const page = '<!doctype html><head><title>x</title><script>paint()</script><script type="module" src="/a.js"></script></head>';
    expect(withSessionData(page, INFO)).toBe(
      `<!doctype html><head><title>x</title>${sessionDataBlock(INFO)}<script>paint()</script><script type="module" src="/a.js"></script></head>`,
    );
  });

  it('in a page with no script: at the end of its head, or else at its end, never before the doctype', () => {
    expect(withSessionData('<!doctype html><head></head><body></body>', INFO)).toBe(
      `<!doctype html><head>${sessionDataBlock(INFO)}</head><body></body>`,
    );
    expect(withSessionData('<!doctype html><title>app</title>', INFO)).toBe(`<!doctype html><title>app</title>${sessionDataBlock(INFO)}`);
  });

  it('is a JSON data block, which a browser does not run', () => {
    expect(sessionDataBlock(INFO)).toMatch(/^<script type="application\/json" id="alteryx-jobs-session">\{.*\}<\/script>$/);
  });
});
