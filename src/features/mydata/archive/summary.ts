// The readable part of a copy: one HTML file that opens in any browser with no app and no
// connection (no script, no outside file; its styles are inside it). It is made from the record
// models, area by area and type by type, so a record type added later appears here with nothing to
// change. Photos and recordings are shown from the copy's media folder once it is unpacked.
import type { TFunction } from 'i18next';
import { findLanguage } from '../../../i18n/languages';
import { AREAS, MODELS, type Model } from '../../../shared/models';
import type { Fields, RecordType } from '../../../shared/records';
import type { CopyData, CopyRecord } from './format';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "howWeKnow" → "How we know": a field's own name when no words are given for it. */
export function humanize(name: string): string {
  const words = name
    .replace(/[._-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const STYLE = `body{font:1.125rem/1.6 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
h1,h2,h3{line-height:1.25}h2{border-top:2px solid #ccc;padding-top:1rem;margin-top:2rem}
dl{display:grid;grid-template-columns:minmax(8rem,1fr) 2fr;gap:.25rem 1rem}dt{font-weight:600}
dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}.record{border:1px solid #ccc;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
img{max-width:100%;height:auto}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}}`;

function mediaOf(data: CopyData): Map<string, { path: string; mime: string }> {
  return new Map(data.media.map((m) => [m.sha256, { path: m.path, mime: m.mime }]));
}

function value(
  t: TFunction,
  kind: string,
  v: unknown,
  media: Map<string, { path: string; mime: string }>,
): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'media' && typeof v === 'string') {
    const m = media.get(v);
    if (!m) return null;
    const path = escape(m.path);
    return m.mime.startsWith('image/')
      ? `<img src="${path}" alt="${escape(t('mydata:summary.photo'))}">`
      : `<audio controls src="${path}"></audio> <a href="${path}">${escape(t('mydata:summary.recording'))}</a>`;
  }
  if (typeof v === 'boolean') return escape(t(v ? 'mydata:summary.yes' : 'mydata:summary.no'));
  return escape(String(v));
}

function recordHtml(
  t: TFunction,
  r: CopyRecord,
  media: Map<string, { path: string; mime: string }>,
): string {
  const model: Model | undefined = (MODELS as Record<string, Model>)[r.type];
  const rows: string[] = [];
  const data = r.data as Fields;
  // The model's fields first, in its order; then any a newer or older version wrote.
  const names = [...Object.keys(model?.fields ?? {}), ...Object.keys(data)].filter(
    (n, i, all) => all.indexOf(n) === i,
  );
  for (const name of names) {
    if (name === 'onlyMe' || name === 'forPanel') continue;
    const kind = model?.fields[name]?.spec.kind ?? 'text';
    const shown = value(t, kind, data[name], media);
    if (shown === null) continue;
    const label = t(`mydata:summary.fields.${name}`, { defaultValue: humanize(name) });
    // What the person typed keeps its own direction (an English answer on an Urdu page).
    rows.push(`<dt>${escape(label)}</dt><dd dir="auto">${shown}</dd>`);
  }
  if (!rows.length) return '';
  const key = r.id.split(':').slice(2).join(':');
  const heading = key ? `<h5>${escape(humanize(key))}</h5>` : '';
  return `<div class="record">${heading}<dl>${rows.join('')}</dl></div>`;
}

export function buildSummary(data: CopyData, madeAt: string, t: TFunction, lang = 'en'): string {
  const media = mediaOf(data);
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(madeAt),
  );
  const parts: string[] = [];
  for (const plan of data.plans) {
    const live = data.records.filter((r) => r.planId === plan.id && !r.deleted);
    const profile = live.find((r) => r.type === 'profile');
    const name = typeof profile?.data.name === 'string' ? profile.data.name.trim() : '';
    parts.push(
      `<h2>${escape(name ? t('mydata:summary.plan', { name }) : t('mydata:summary.planNoName'))}</h2>`,
    );
    for (const area of AREAS) {
      const types = (Object.keys(MODELS) as RecordType[]).filter((ty) => MODELS[ty].area === area);
      const sections = types.flatMap((type) => {
        const html = live
          .filter((r) => r.type === type)
          .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
          .map((r) => recordHtml(t, r, media))
          .filter(Boolean);
        if (!html.length) return [];
        const title = t(`mydata:summary.types.${type}`, { defaultValue: humanize(type) });
        return [`<section><h4>${escape(title)}</h4>${html.join('')}</section>`];
      });
      if (!sections.length) continue;
      parts.push(`<h3>${escape(t(`mydata:summary.areas.${area}`))}</h3>${sections.join('')}`);
    }
  }
  return `<!doctype html>
<html lang="${escape(lang)}" dir="${findLanguage(lang).dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('mydata:summary.title'))}</title><style>${STYLE}</style></head>
<body><h1>${escape(t('mydata:summary.title'))}</h1>
<p>${escape(t('mydata:summary.madeAt', { date: day }))}</p>
<p>${escape(t('mydata:summary.about'))}</p>
<p>${escape(t('mydata:summary.mediaNote'))}</p>
${parts.join('\n')}
</body></html>
`;
}
