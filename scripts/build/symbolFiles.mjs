// The pictures (assets/symbols/<id>.svg) are served at /symbols/<id>.svg under their own names,
// not as hashed build assets: a hashed name needs a table from id to file name in the first
// screen's JavaScript (about 6 KiB gzip for 220 pictures), and the name alone is enough. The
// service worker precaches them by revision, and the server sends them with no-cache, so a changed
// picture is still fetched. The pictures of a sheet are also in one file, /symbols/sheets/<name>.svg
// (src/content/pictureSheets.ts says why).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { symbolSprite } from './symbolSprite.mjs';

const SYMBOLS = new URL('../../assets/symbols/', import.meta.url).pathname;

const readSymbol = (id) => readFileSync(join(SYMBOLS, `${id}.svg`), 'utf8');

/** `sheets`: the pictures of each sheet by its name, served together as /symbols/sheets/<name>.svg. */
export function symbolFiles({ sheets }) {
  const sheet = (name) => symbolSprite(sheets[name], readSymbol);
  return {
    name: 'my-review-symbol-files',
    configureServer(server) {
      server.middlewares.use('/symbols/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split(/[?#]/)[0];
        const sheetName = /^sheets\/([a-z-]+)\.svg$/.exec(name)?.[1];
        if (sheetName && Object.hasOwn(sheets, sheetName)) {
          res.setHeader('Content-Type', 'image/svg+xml');
          return res.end(sheet(sheetName));
        }
        if (!/^[a-z0-9-]+\.svg$/.test(name)) return next();
        try {
          const svg = readFileSync(join(SYMBOLS, name));
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(svg);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of Object.keys(sheets))
        this.emitFile({
          type: 'asset',
          fileName: `symbols/sheets/${name}.svg`,
          source: sheet(name),
        });
      for (const name of readdirSync(SYMBOLS).filter((f) => f.endsWith('.svg')))
        this.emitFile({
          type: 'asset',
          fileName: `symbols/${name}`,
          source: readFileSync(join(SYMBOLS, name)),
        });
    },
  };
}
