import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_FILE, inlineHashes } from '../../../scripts/build/firstPaint.mjs';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  readInlineHashes,
  REACT_ARIA_STYLES,
  styleHash,
} from '../../../src/server/headers';

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('react-aria/package.json')), 'dist/private');

describe('Content-Security-Policy', () => {
  it('forbids inline script and allows only our own scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("allows by hash exactly the styles react-aria adds, as react-aria's own files write them", () => {
    const press = readFileSync(join(dist, 'interactions/usePress.mjs'), 'utf8');
    const scroll = readFileSync(join(dist, 'overlays/usePreventScroll.mjs'), 'utf8');
    const attr = /PRESSABLE_ATTRIBUTE = '([^']+)'/.exec(press)?.[1];
    expect(attr).toBe('data-react-aria-pressable');
    // The texts as react-aria builds them: a template literal, trimmed.
    const pressText = /style\.textContent = `([\s\S]*?)`\.trim\(\)/.exec(press)?.[1]?.trim();
    const scrollText = /style\.textContent = `([\s\S]*?)`\.trim\(\)/.exec(scroll)?.[1]?.trim();
    expect(pressText?.replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/, attr!)).toBe(REACT_ARIA_STYLES[0]);
    expect(scrollText).toBe(REACT_ARIA_STYLES[1]);
    for (const text of REACT_ARIA_STYLES)
      expect(CONTENT_SECURITY_POLICY).toContain(styleHash(text));
  });

  it('allows the inline code of the build by its hashes, and no other inline code', () => {
    const script = '(function(){document.documentElement.lang="en"})();';
    const css = 'body{margin:0}';
    const html = `<head><script>${script}</script><script type="module" src="/a.js"></script><style>${css}</style></head>`;
    const hashes = inlineHashes(html);
    expect(hashes).toEqual({ scripts: [styleHash(script)], styles: [styleHash(css)] });

    const dist = mkdtempSync(join(tmpdir(), 'my-review-csp-'));
    try {
      expect(readInlineHashes(dist)).toEqual({ scripts: [], styles: [] }); // no build: none
      writeFileSync(join(dist, CSP_FILE), JSON.stringify(hashes));
      const policy = contentSecurityPolicy(readInlineHashes(dist));
      expect(policy).toContain(`script-src 'self' ${styleHash(script)};`);
      expect(policy).toContain(`style-src 'self' ${styleHash(css)} `);
      expect(policy).not.toContain('unsafe-inline');

      // A changed file cannot widen the policy: only well-formed hashes are taken.
      writeFileSync(
        join(dist, CSP_FILE),
        JSON.stringify({ scripts: ["'unsafe-inline'", 'https://evil.example'], styles: ['*'] }),
      );
      expect(readInlineHashes(dist)).toEqual({ scripts: [], styles: [] });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
