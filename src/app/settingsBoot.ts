// Applies the person's display settings (text size, spacing, colours, pictures) before the first
// paint, from the copy src/data/settings.ts keeps in localStorage, so there is no flash of the
// default look. A classic blocking script by design. The build minifies it into index.html
// (scripts/build/firstPaint.mjs), so the first paint waits for no request; the
// Content-Security-Policy allows exactly this script by its hash. Kept in step with
// displayAttributes() in src/shared/settings.ts.
(function () {
  // index.html holds Home's first paint, served for every address: at any other address it stays
  // hidden until the app draws the screen asked for (main.tsx), so Home never flashes up first.
  if (location.pathname !== '/') document.documentElement.setAttribute('data-elsewhere', '');
  try {
    const raw = localStorage.getItem('my-review.display');
    if (!raw) return;
    const a = JSON.parse(raw) as Record<string, unknown>;
    const html = document.documentElement;
    for (const name in a) {
      const value = a[name];
      if (name.indexOf('data-') === 0 && typeof value === 'string') html.setAttribute(name, value);
    }
    if (typeof a.lang === 'string') html.lang = a.lang;
    if (a.dir === 'rtl' || a.dir === 'ltr') html.dir = a.dir;
  } catch {
    // No saved settings or no storage: the defaults apply.
  }
})();
