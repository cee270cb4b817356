import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { isIsoDate, localToday } from '../../../shared/dates';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import '../after.css';
import { missing } from './checklist';
import { DocumentLine } from './DocumentLine';
import { useDocuments } from './useDocuments';

/**
 * /after/documents — the papers the panel may read: each kind with a picture, what the person has
 * added, and before the next review, what is still missing.
 */
export default function DocumentsPage() {
  const t = useT();
  const docs = useDocuments();
  const stillMissing = docs ? missing(docs.lines) : [];
  const inPack = docs ? docs.all.filter((l) => l.state === 'inPack').length : 0;
  const upcoming =
    docs && isIsoDate(docs.reviewDate) && docs.reviewDate >= localToday() ? docs.reviewDate : null;
  return (
    <PageFrame
      title={t('documents:title')}
      symbol="documents"
      lede={t('documents:lede')}
      up={{ href: screenHref('after'), label: t('documents:up') }}
    >
      {docs && (
        <>
          <section class="after-part" aria-labelledby="docs-check">
            <h2 id="docs-check">{t('documents:check.title')}</h2>
            {upcoming && (
              <p class="after-line">
                <Picture symbol="calendar" alt="" size="small" />
                <span>{t('documents:check.reviewOn', { date: formatDay(upcoming) })}</span>
              </p>
            )}
            <p class="after-line">
              <Picture symbol="review-pack" alt="" size="small" />
              <span>{t('documents:check.inPack', { count: inPack })}</span>
            </p>
            {stillMissing.length === 0 ? (
              <p class="after-line">
                <Picture symbol="tick" alt="" size="small" />
                <span>{t('documents:check.nothingMissing')}</span>
              </p>
            ) : (
              <>
                <p>{t('documents:check.missing', { count: stillMissing.length })}</p>
                <ul class="doc-lines" aria-label={t('documents:check.missingLabel')}>
                  {docs.lines
                    .filter((l) => l.state === 'missing')
                    .map((l) => (
                      <DocumentLine key={l.kind} line={l} />
                    ))}
                </ul>
              </>
            )}
          </section>
          <section class="after-part" aria-labelledby="docs-all">
            <h2 id="docs-all">{t('documents:all.title')}</h2>
            <p>{t('documents:all.hint')}</p>
            <ul class="doc-lines" aria-label={t('documents:all.label')}>
              {docs.all.map((l) => (
                <DocumentLine key={l.kind} line={l} />
              ))}
            </ul>
          </section>
        </>
      )}
    </PageFrame>
  );
}
