import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
import { SCALE_SYMBOL } from '../../planner/say/symbols';
import { isDay, KIND_SYMBOL, type DiaryEntry } from './entries';

/** Words longer than this are cut in the list; the whole entry is one tap away. */
const SHORT = 240;

/** One entry in the list: its day and kind, who, how it felt, the start of what happened. */
export function EntryCard(props: {
  entry: DiaryEntry;
  photo?: string;
  /** A letter or email is kept with it as pages or a file. */
  hasLetter?: boolean;
  /** Asks whether to delete it (the list's one dialog). */
  onDelete: () => void;
}) {
  const t = useT();
  const { entry } = props;
  const day = isDay(entry.when) ? formatDay(entry.when) : t('diary:list.noDay');
  const words = entry.text.length > SHORT ? `${entry.text.slice(0, SHORT).trimEnd()}…` : entry.text;
  return (
    <li class="item diary-entry">
      {props.photo ? (
        // Decoded off the page's thread: a camera photo is large, and the list shows it small.
        <img
          src={props.photo}
          alt={t('diary:entry.photoAlt')}
          class="photo-thumb"
          decoding="async"
        />
      ) : (
        <Picture symbol={entry.kind ? KIND_SYMBOL[entry.kind] : 'diary'} alt="" size="large" />
      )}
      <div class="item__body">
        <h2 class="item__title">{day}</h2>
        {entry.kind && (
          <p class="status-line">
            <Picture symbol={KIND_SYMBOL[entry.kind]} alt="" size="icon" />
            <span>{t(`diary:kinds.${entry.kind}`)}</span>
          </p>
        )}
        {entry.who.trim() && <p class="item__line">{t('diary:list.who', { who: entry.who })}</p>}
        {entry.feeling && (
          <p class="status-line">
            <Picture symbol={SCALE_SYMBOL[entry.feeling]} alt="" size="icon" />
            <span>{t(`diary:feelings.${entry.feeling}`)}</span>
          </p>
        )}
        {words && (
          <p class="item__line words diary-entry__words" dir="auto">
            {words}
          </p>
        )}
        <ul class="diary-entry__marks">
          {entry.onlyMe && <Mark symbol="lock" label={t('diary:list.onlyMe')} />}
          {entry.photo && <Mark symbol="photo" label={t('diary:list.hasPhoto')} />}
          {entry.voice && <Mark symbol="microphone" label={t('diary:list.hasVoice')} />}
          {(entry.letter || props.hasLetter) && (
            <Mark symbol="letter" label={t('diary:list.hasLetter')} />
          )}
        </ul>
        <div class="button-row">
          <LinkButton href={screenHref('diaryEntry', { id: entry.id })} symbol="pencil">
            {t('diary:list.change')}
          </LinkButton>
          <Button variant="secondary" symbol="remove" onPress={props.onDelete}>
            {t('diary:list.delete')}
          </Button>
        </div>
      </div>
    </li>
  );
}

function Mark({
  symbol,
  label,
}: {
  symbol: 'lock' | 'photo' | 'microphone' | 'letter';
  label: string;
}) {
  return (
    <li class="status-line">
      <Picture symbol={symbol} alt="" size="icon" />
      <span>{label}</span>
    </li>
  );
}
