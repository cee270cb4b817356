// A Vite plugin: the first paint needs only the HTML. It puts the settings script
// (src/app/settingsBoot.ts, minified) and the first screen's stylesheet inside index.html, so a
// cold start paints after one response instead of three. The Content-Security-Policy still
// forbids inline code in general: this plugin writes the SHA-256 of each inline script and style
// to dist/csp.json, and the server allows exactly those (src/server/headers.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

/** The file beside index.html that names the inline code the CSP allows. */
export const CSP_FILE = 'csp.json';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of every inline <script> (without src) and <style> in an HTML page. */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
  return {
    scripts: scripts
      .map((m) => m[1])
      .filter(Boolean)
      .map(sha256),
    styles: styles.map((m) => sha256(m[1])),
  };
}

export function inlineFirstPaint({ settingsScript }) {
  let code = '';
  return {
    name: 'my-review:inline-first-paint',
    enforce: 'post',
    async buildStart() {
      this.addWatchFile(settingsScript);
      const source = readFileSync(settingsScript, 'utf8');
      const out = await transform(source, { loader: 'ts', minify: true, target: 'es2019' });
      code = out.code.trim();
    },
    // In development too, so the app behaves the same (the dev server sends no CSP).
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'script', children: code, injectTo: 'head' }],
    },
    // After the home screen is prerendered into index.html (vite-prerender-plugin, also 'post').
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        let html = String(page.source);
        html = html.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g,
          (link, file) => {
            const css = bundle[file];
            if (!css || css.type !== 'asset') return link;
            const text = String(css.source).trim();
            if (text.includes('</style')) return link; // could not be inlined safely
            // Lazily loaded chunks may still ask for this file (their styles' dependencies): it
            // stays, empty, so that request succeeds and nothing is applied twice.
            css.source = '/* These styles are inlined in index.html. */\n';
            return `<style>${text}</style>`;
          },
        );
        page.source = html;
        this.emitFile({
          type: 'asset',
          fileName: CSP_FILE,
          source: `${JSON.stringify(inlineHashes(html), null, 2)}\n`,
        });
      },
    },
  };
}
