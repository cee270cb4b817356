import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createRecord, useMediaUrls, useRecords, type StoredRecord } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { symbolUrl, type SymbolId } from '../../../content/symbolUrl';
import { createStore } from '../../../shared/store';
import { Button } from '../../../ui/Button';
import { Lazy } from '../../../ui/Lazy';
import { LinkButton } from '../../../ui/LinkButton';
import { LiveStatus } from '../../../ui/LiveStatus';
import { PageFrame } from '../../../ui/PageFrame';
import { warmImages } from '../../../ui/preload';
import { useStore } from '../../../ui/useStore';
import { SaveNote } from '../../forms/SaveNote';
import { UndoButton } from '../../forms/UndoButton';
import { lettersByEntry } from '../attach/attachments';
import { SCALE_SYMBOL } from '../../planner/say/symbols';
import {
  findEntries,
  FIND_NOTHING,
  isFinding,
  KIND_SYMBOL,
  today,
  type DiaryFind,
} from './entries';
import { EntryCard } from './EntryCard';
import { FindEntries, loadFindForm } from './FindEntries';
import { useDiary, useFirstEntries } from './useDiary';
import '../../planner/planner.css';
import './diary.css';

/**
 * How many entries are shown at first, and added by "Show more". Only these are in the page, and
 * the first ones are read on their own (useFirstEntries), so a diary of thousands of entries opens
 * as fast as a short one (and only their photos are read). The whole diary is read just after,
 * for the count, Find and "Show more".
 */
export const PAGE = 20;

// "Delete this entry?" loads when the tablet is idle after the first entries show, or when Delete
// is first pressed: its code (the dialog's) is not needed to show the entries.
const loadDeleteDialog = () => import('./DeleteEntryDialog').then((m) => m.default);

/** The pictures of the diary's first screen: its buttons, and those of each kind and feeling. */
const FIRST_SYMBOLS: readonly SymbolId[] = [
  'previous',
  'add',
  'find',
  'pencil',
  'remove',
  'photo',
  'lock',
  'microphone',
  'letter',
  'next',
  'print',
  ...Object.values(KIND_SYMBOL),
  ...Object.values(SCALE_SYMBOL),
];

/**
 * Reads ahead what the first screen shows, when the diary is likely next (src/app/routes.ts): its
 * pictures, and the way days are written (the first date of a page costs the most to write).
 */
export function warm(): void {
  warmImages(FIRST_SYMBOLS.map(symbolUrl));
  formatDay(today());
}

/** What the person is looking for and how far they have read: kept while they open an entry. */
const place = createStore<{ find: DiaryFind; shown: number }>({ find: FIND_NOTHING, shown: PAGE });

/** /after/diary — the diary, newest first, with Find, and the way to print it as evidence. */
export default function DiaryPage() {
  const t = useT();
  const { route } = useLocation();
  const { find, shown } = useStore(place);
  const first = useFirstEntries(PAGE);
  // The whole diary once the first entries are on screen and the tablet is idle (their photos
  // shown), or at once to find or show more.
  const [later, setLater] = useState(false);
  // The entry whose Delete was pressed, while the list's one dialog asks about it.
  const [deleting, setDeleting] = useState<StoredRecord | null>(null);
  useEffect(() => {
    if (!first || later) return;
    const go = () => {
      setLater(true);
      // Code the first screen did not need: the questions of Find (loaded here, not shown).
      void loadFindForm();
    };
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(go, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = window.setTimeout(go, 200);
    return () => clearTimeout(timer);
  }, [first, later]);
  const diary = useDiary(later || isFinding(find) || shown > PAGE);
  const entries = diary?.entries;
  const found = useMemo(() => (entries ? findEntries(entries, find) : []), [entries, find]);
  const visible = diary ? found.slice(0, shown) : isFinding(find) ? [] : (first?.entries ?? []);
  const records = diary?.records ?? first?.records;
  const photos = useMediaUrls(visible.flatMap((e) => (e.photo ? [e.photo] : [])));
  const planId = diary?.planId ?? first?.planId;
  // Letters kept as pages or files, to mark the entries that have one.
  const attachments = useRecords(planId, 'attachment');
  const letters = useMemo(() => lettersByEntry(attachments), [attachments]);
  if (!planId || !records) return null;

  const add = async () => {
    // The entry is about today until the person changes the day; it is listed once it has more.
    const ref = await createRecord(planId, 'diary', { when: today() });
    route(screenHref('diaryEntry', { id: ref.id }));
  };
  // Until the whole diary is read, what is known: the first entries.
  const total = diary ? diary.entries.length : visible.length;
  return (
    <PageFrame
      title={t('diary:list.title')}
      symbol="diary"
      lede={t('diary:list.lede')}
      up={{ href: screenHref('after'), label: t('diary:list.up') }}
    >
      <div class="button-row">
        <Button variant="primary" symbol="add" onPress={() => void add()}>
          {t('diary:list.add')}
        </Button>
      </div>
      {total === 0 ? (
        diary && <p>{t('diary:list.empty')}</p>
      ) : (
        <>
          <FindEntries find={find} onFind={(f) => place.set({ find: f, shown: PAGE })} />
          <LiveStatus class="diary-count">
            {!diary
              ? ''
              : isFinding(find)
                ? found.length
                  ? t('diary:list.found', { count: found.length })
                  : t('diary:list.foundNone')
                : t('diary:list.count', { count: total })}
          </LiveStatus>
        </>
      )}
      <SaveNote />
      <UndoButton />
      <ul class="item-list diary-list">
        {visible.map((e) => (
          <EntryCard
            key={e.id}
            entry={e}
            photo={e.photo ? photos.get(e.photo) : undefined}
            hasLetter={letters.has(e.id)}
            onDelete={() => setDeleting(records.get(e.id) ?? null)}
          />
        ))}
      </ul>
      {(later || deleting) && (
        <Lazy
          load={loadDeleteDialog}
          props={{ record: deleting, onClose: () => setDeleting(null) }}
        />
      )}
      {found.length > visible.length && (
        <>
          <p>{t('diary:list.showing', { shown: visible.length, count: found.length })}</p>
          <Button symbol="next" onPress={() => place.set((p) => ({ ...p, shown: p.shown + PAGE }))}>
            {t('diary:list.more')}
          </Button>
        </>
      )}
      {/* After the entries, so a phone shows the newest entry on its first screen. */}
      {total > 0 && (
        <div class="button-row diary-evidence-link">
          <LinkButton href={screenHref('diaryEvidence')} symbol="print">
            {t('diary:list.evidence')}
          </LinkButton>
        </div>
      )}
    </PageFrame>
  );
}
