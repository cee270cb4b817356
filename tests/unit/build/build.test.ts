// The build's own steps: the compressed copies the server sends, and the size limits npm test holds
// the JavaScript to (measured as the benchmark measures it).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { JS_BUDGETS, jsSizes, overLimits } from '../../../bench/sizes.mjs';
import { precompressDir } from '../../../scripts/build/precompress.mjs';

const dirs: string[] = [];
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'my-review-build-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('compressing the build', () => {
  it('writes a brotli and a gzip copy beside each text file, with the same content', async () => {
    const dist = folder();
    const js = 'export const words = "Saved on this tablet";\n'.repeat(100);
    writeFileSync(join(dist, 'assets', 'home-AbC123.js'), js);
    writeFileSync(join(dist, 'index.html'), `<!doctype html>${'<p>My Review</p>'.repeat(100)}`);
    await precompressDir(dist);
    const file = join(dist, 'assets', 'home-AbC123.js');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(js);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(js);
    expect(existsSync(join(dist, 'index.html.br'))).toBe(true);
  });

  it('leaves pictures and tiny files as they are', async () => {
    const dist = folder();
    writeFileSync(join(dist, 'icon.png'), randomBytes(4000));
    writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\n');
    await precompressDir(dist);
    for (const name of ['icon.png', 'robots.txt']) {
      expect(existsSync(join(dist, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dist, `${name}.gz`)), name).toBe(false);
    }
  });
});

describe('the JavaScript size limits', () => {
  function build(firstScreenBytes: number, laterBytes: number) {
    const dist = folder();
    // Random text does not compress much: its gzip size is close to its length.
    const script = (bytes: number) => `/*${randomBytes(bytes).toString('base64')}*/`;
    writeFileSync(join(dist, 'assets', 'index-1.js'), script(firstScreenBytes / 2));
    writeFileSync(join(dist, 'assets', 'preact-2.js'), script(firstScreenBytes / 2));
    writeFileSync(join(dist, 'assets', 'Later-3.js'), script(laterBytes));
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="/assets/index-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/preact-2.js">',
    );
    return dist;
  }

  it('counts what index.html loads as the first screen, and every script in all', () => {
    const sizes = jsSizes(build(30 * 1024, 60 * 1024));
    expect(sizes.firstScreen).toBeGreaterThan(30);
    expect(sizes.firstScreen).toBeLessThan(60);
    expect(sizes.all).toBeGreaterThan(sizes.firstScreen + 60);
    expect(overLimits(sizes)).toEqual([]);
  });

  it("counts English's words in all, and each other language's words beside it", () => {
    const dist = build(10 * 1024, 20 * 1024);
    const words = (name: string, bytes: number) =>
      writeFileSync(join(dist, 'assets', name), `/*${randomBytes(bytes).toString('base64')}*/`);
    words('locale-en-planner-4.js', 20 * 1024);
    words('locale-ur-planner-5.js', 300 * 1024);
    words('locale-pl-planner-6.js', 300 * 1024);
    const sizes = jsSizes(dist);
    expect(sizes.all).toBeGreaterThan(50);
    expect(sizes.all).toBeLessThan(100);
    expect(Object.keys(sizes.languages)).toEqual(['pl', 'ur']);
    expect(sizes.languages.ur).toBeGreaterThan(300);
    expect(overLimits(sizes)).toEqual([]);
  });

  it('fails when the first screen or all the JavaScript is over its limit', () => {
    expect(JS_BUDGETS.firstScreen.limit).toBe(90);
    expect(JS_BUDGETS.all.limit).toBe(350);
    const heavyFirst = overLimits(jsSizes(build(100 * 1024, 0)));
    expect(heavyFirst).toHaveLength(1);
    expect(heavyFirst[0]).toMatch(/^first-screen JS .* > 90 KiB$/);
    const heavyAll = overLimits(jsSizes(build(10 * 1024, 460 * 1024)));
    expect(heavyAll).toHaveLength(1);
    expect(heavyAll[0]).toMatch(/^all JS .* > 350 KiB$/);
  });
});
