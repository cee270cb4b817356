// Applies the person's display settings (text size, spacing, colours, pictures) before the first
// paint, from a copy the app keeps in localStorage, so there is no flash of the default look.
// A classic blocking script by design, and a file rather than inline script so the
// Content-Security-Policy can forbid inline script. Kept in step with src/shared/settings.ts.
(function () {
  try {
    var raw = localStorage.getItem('my-review.display');
    if (!raw) return;
    var a = JSON.parse(raw);
    var html = document.documentElement;
    for (var name in a) {
      if (name.indexOf('data-') === 0 && typeof a[name] === 'string')
        html.setAttribute(name, a[name]);
    }
    if (typeof a.lang === 'string') html.lang = a.lang;
  } catch {
    // No saved settings or no storage: the defaults apply.
  }
})();
