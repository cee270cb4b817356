import i18next from 'i18next';
import { useMemo, useState } from 'preact/hooks';
import { useMediaUrls, useRecords } from '../../../data';
import { formatDay, formatTime } from '../../../i18n/dates';
import { FALLBACK_LANGUAGE, findLanguage } from '../../../i18n/languages';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { LiveStatus } from '../../../ui/LiveStatus';
import { Notice } from '../../../ui/Notice';
import { PageFrame } from '../../../ui/PageFrame';
import { PrintButton } from '../../planner/print/PrintButton';
import { EvidenceCoverPage } from './EvidenceCover';
import { EvidenceEntry } from './EvidenceEntry';
import { lettersByEntry } from '../attach/attachments';
import { evidenceOf, letterNames } from './evidence';
import { saveCsv } from './saveCsv';
import { useDiary } from './useDiary';
import '../../planner/print/print.css';
import './diary.css';

/** The paper's language: English, for an advocate or solicitor, whatever the app shows. */
const PAPER_LANGUAGE = FALLBACK_LANGUAGE;

/**
 * /after/diary/evidence — the whole diary as a dated timeline, oldest first, after a cover page:
 * printed, or saved as a file from the print screen, and as a spreadsheet for a solicitor. The
 * paper and the spreadsheet are in English (the person's own words as they wrote them); when the
 * app is in another language, the screen says so in it.
 */
export default function EvidencePage() {
  const t = useT();
  const diary = useDiary();
  const [madeAt] = useState(() => new Date());
  const [saved, setSaved] = useState('');
  const entries = diary?.entries;
  const name = diary?.name ?? '';
  const evidence = useMemo(
    () => (entries ? evidenceOf(entries, name, madeAt) : undefined),
    [entries, name, madeAt],
  );
  const attachments = useRecords(diary?.planId, 'attachment');
  const letters = useMemo(() => lettersByEntry(attachments), [attachments]);
  // Named in the paper's language, as the rest of the paper and the spreadsheet.
  const names = useMemo(() => {
    const paper = i18next.getFixedT(PAPER_LANGUAGE);
    const words = {
      file: paper('diary:evidence.letterFile'),
      page: (n: number) => paper('diary:evidence.letterPage', { number: n }),
    };
    return new Map([...letters].map(([id, pages]) => [id, letterNames(pages, words)]));
  }, [letters]);
  const urls = useMediaUrls([
    ...(evidence?.entries ?? []).flatMap((e) =>
      [e.photo, e.letter].filter((x): x is string => !!x),
    ),
    ...[...letters.values()].flat().flatMap((p) => (p.mime === 'image/jpeg' ? [p.sha256] : [])),
  ]);
  if (!diary || !evidence || !attachments) return null;
  const paper = i18next.getFixedT(PAPER_LANGUAGE);
  const paperDates = findLanguage(PAPER_LANGUAGE).dateLocale;
  const ownLanguage = i18next.language !== PAPER_LANGUAGE;
  const empty = evidence.entries.length === 0;
  return (
    <PageFrame
      title={t('diary:evidence.title')}
      symbol="print"
      lede={t('diary:evidence.lede')}
      up={{ href: screenHref('diary'), label: t('diary:evidence.up') }}
    >
      {empty ? (
        <p>{t('diary:evidence.empty')}</p>
      ) : (
        <div class="print-doc">
          <div class="no-print">
            {ownLanguage && (
              <Notice title={t('diary:evidence.inEnglish')}>
                <p>{t('diary:evidence.ownWords')}</p>
              </Notice>
            )}
            <PrintButton label={t('diary:evidence.print')} />
            <p>{t('diary:evidence.printHint')}</p>
            <div class="button-row">
              <Button
                symbol="file"
                onPress={() => setSaved(saveCsv(paper, evidence, formatDayIso(madeAt), names))}
              >
                {t('diary:evidence.csv')}
              </Button>
            </div>
            <p>{t('diary:evidence.csvHint')}</p>
            <LiveStatus>{saved && t('diary:evidence.csvSaved', { file: saved })}</LiveStatus>
          </div>
          <div lang={PAPER_LANGUAGE} dir="ltr">
            <EvidenceCoverPage
              cover={evidence.cover}
              t={paper}
              dateLocale={paperDates}
              made={paper('diary:evidence.cover.made', {
                day: formatDay(evidence.cover.madeAt, paperDates),
                time: formatTime(madeAt, paperDates),
              })}
            />
            <ol class="evidence-list">
              {evidence.entries.map((e) => (
                <EvidenceEntry
                  key={e.id}
                  t={paper}
                  dateLocale={paperDates}
                  entry={e}
                  photo={e.photo ? urls.get(e.photo) : undefined}
                  letter={e.letter ? urls.get(e.letter) : undefined}
                  letters={(letters.get(e.id) ?? []).map((p, i) => ({
                    name: names.get(e.id)![i]!,
                    url: urls.get(p.sha256),
                    file: p.mime === 'application/pdf',
                  }))}
                />
              ))}
            </ol>
          </div>
        </div>
      )}
    </PageFrame>
  );
}

/** The day on this tablet, for the file's name. */
function formatDayIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
