import type { TFunction } from 'i18next';
import { formatDay } from '../../../i18n/dates';
import { Picture } from '../../../ui/Picture';
import { isDay, KIND_SYMBOL, type DiaryEntry } from './entries';

/**
 * One entry on paper: its day and kind, who, how it felt, the words, the photo and the letter.
 * It is given `t` rather than using the hook: the timeline has thousands of entries, and one
 * language listener for the page is enough.
 */
export function EvidenceEntry(props: {
  t: TFunction;
  /** The paper's date format (English's: see EvidencePage). */
  dateLocale?: string;
  entry: DiaryEntry;
  photo?: string;
  letter?: string;
  /** The pages of its letter or email: named, and a photo's picture where it is on this tablet. */
  letters?: readonly { name: string; url?: string; file: boolean }[];
}) {
  const letters = props.letters ?? [];
  const { t, entry: e } = props;
  const day = isDay(e.when) ? formatDay(e.when, props.dateLocale) : t('diary:list.noDay');
  return (
    <li class="evidence-entry">
      <h2 class="evidence-entry__day">
        {e.kind && <Picture symbol={KIND_SYMBOL[e.kind]} alt="" size="icon" />}
        <span>{e.kind ? `${day}: ${t(`diary:kinds.${e.kind}`)}` : day}</span>
      </h2>
      <dl>
        {e.who.trim() && (
          <>
            <dt>{t('diary:evidence.who')}</dt>
            <dd dir="auto">{e.who}</dd>
          </>
        )}
        {e.feeling && (
          <>
            <dt>{t('diary:evidence.feeling')}</dt>
            <dd>{t(`diary:feelings.${e.feeling}`)}</dd>
          </>
        )}
        {e.text.trim() && (
          <>
            <dt>{t('diary:entry.words')}</dt>
            <dd class="words" dir="auto">
              {e.text}
            </dd>
          </>
        )}
        {letters.length > 0 && (
          <>
            <dt>{t('diary:evidence.headings.letter')}</dt>
            <dd>
              <ul class="evidence-entry__letters">
                {letters.map((l, i) => (
                  <li key={i} dir="auto">
                    {l.name}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {e.voice && <p>{t('diary:evidence.recording')}</p>}
      {e.onlyMe && <p>{t('diary:evidence.onlyMe')}</p>}
      {(props.photo || props.letter || letters.some((l) => l.url && !l.file)) && (
        <div class="evidence-entry__photos">
          {props.photo && <img src={props.photo} alt={t('diary:entry.photoAlt')} />}
          {props.letter && <img src={props.letter} alt={t('diary:entry.letterAlt')} />}
          {letters.map((l, i) =>
            l.url && !l.file ? (
              <img key={i} src={l.url} alt={t('diary:evidence.letterAlt', { page: l.name })} />
            ) : null,
          )}
        </div>
      )}
    </li>
  );
}
