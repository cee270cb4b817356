// The pictures (assets/symbols/<id>.svg) are served at /symbols/<id>.svg under their own names,
// not as hashed build assets: a hashed name needs a table from id to file name in the first
// screen's JavaScript (about 6 KiB gzip for 220 pictures), and the name alone is enough. The
// service worker precaches them by revision, and the server sends them with no-cache, so a changed
// picture is still fetched. The first screen's pictures are also in one file, /symbols/first.svg
// (src/content/firstPictures.ts says why).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { symbolSprite } from './symbolSprite.mjs';

const SYMBOLS = new URL('../../assets/symbols/', import.meta.url).pathname;

const readSymbol = (id) => readFileSync(join(SYMBOLS, `${id}.svg`), 'utf8');

/** `first`: the ids of the first screen's pictures, served together as /symbols/first.svg. */
export function symbolFiles({ first }) {
  const sprite = () => symbolSprite(first, readSymbol);
  return {
    name: 'my-review-symbol-files',
    configureServer(server) {
      server.middlewares.use('/symbols/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split(/[?#]/)[0];
        if (name === 'first.svg') {
          res.setHeader('Content-Type', 'image/svg+xml');
          return res.end(sprite());
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
      this.emitFile({ type: 'asset', fileName: 'symbols/first.svg', source: sprite() });
      for (const name of readdirSync(SYMBOLS).filter((f) => f.endsWith('.svg')))
        this.emitFile({
          type: 'asset',
          fileName: `symbols/${name}`,
          source: readFileSync(join(SYMBOLS, name)),
        });
    },
  };
}
