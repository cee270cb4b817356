import { useEffect, useState } from 'preact/hooks';
import {
  createRecord,
  putMedia,
  saveRecords,
  useMediaUrls,
  useRecords,
  type RecordRef,
} from '../../../data';
import { useT } from '../../../i18n/useT';
import type { AttachmentOwner } from '../../../shared/models/attachment';
import type { Fields } from '../../../shared/records';
import { Button } from '../../../ui/Button';
import { LiveStatus } from '../../../ui/LiveStatus';
import { PhotoPicker } from '../../../ui/PhotoPicker';
import { noteSaved, removeRecord } from '../../forms/saver';
import { usePutBack } from '../../forms/usePutBack';
import { AttachedPage } from './AttachedPage';
import {
  attachmentsOf,
  fileProblem,
  moveChanges,
  nextPosition,
  type FileProblem,
} from './attachments';
import { FilePicker } from './FilePicker';
import '../after.css';

export interface AttachPagesProps {
  planId: string;
  of: AttachmentOwner;
  /** What the pages are of, in words: "your report", "your care plan". */
  what: string;
  /** After a page is kept (the report: it has come, so it is marked received). */
  onAdded?: () => void;
  /** With of="diary": the diary entry whose letter or email this is. */
  entry?: string;
  /** Fields every new page starts with: a letter kept with an "Only me" entry is only for me. */
  start?: Fields;
}

interface Removed {
  number: number;
  putBack: () => Promise<RecordRef>;
}

/**
 * The pages of the report or of a document: photos taken with the camera (made smaller on the
 * tablet, location removed) or a file, in the person's order. Each can be moved or taken away,
 * and "Put it back" returns the same page. One component for the report and every document.
 */
export function AttachPages({ planId, of, what, onAdded, entry, start }: AttachPagesProps) {
  const t = useT();
  const records = useRecords(planId, 'attachment');
  const pages = attachmentsOf(records, of, entry);
  const urls = useMediaUrls(pages.map((p) => p.sha256));
  const [problem, setProblem] = useState<FileProblem | 'failed'>(null);
  const [removed, setRemoved, undoRow] = usePutBack<Removed>();
  const [focusId, setFocusId] = useState<string | null>(null);
  // A moved page: its button follows it, and keeps the focus.
  useEffect(() => {
    const target = focusId ? document.getElementById(focusId) : null;
    if (!target) return;
    target.focus();
    setFocusId(null);
  }, [focusId, records]);

  const add = async (bytes: ArrayBuffer, mime: 'image/jpeg' | 'application/pdf', name = '') => {
    try {
      const sha256 = await putMedia(planId, bytes, mime);
      await createRecord(planId, 'attachment', {
        ...start,
        ...(entry === undefined ? {} : { entry }),
        of,
        sha256,
        mime,
        name,
        position: nextPosition(pages),
      });
      setProblem(null);
      setRemoved(null);
      noteSaved('saved');
      onAdded?.();
    } catch {
      setProblem('failed');
      noteSaved('failed');
    }
  };
  const addFile = async (bytes: ArrayBuffer, name: string) => {
    const wrong = fileProblem(bytes);
    setProblem(wrong);
    if (!wrong) await add(bytes, 'application/pdf', name);
  };
  const move = async (index: number, by: -1 | 1) => {
    const changes = moveChanges(pages, index, by);
    if (!changes.length) return;
    await saveRecords(
      changes.map((c) => ({
        ref: { planId, type: 'attachment' as const, id: c.id },
        fields: { position: c.position },
      })),
    ).then(
      () => noteSaved('saved'),
      () => noteSaved('failed'),
    );
    // At the top or bottom the button it used is gone: focus the other one.
    const to = index + by;
    const dir = to === 0 ? 'down' : to === pages.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    setFocusId(`page-${pages[index]!.id}-${dir}`);
  };
  const remove = async (index: number) => {
    const page = pages[index]!;
    try {
      const putBack = await removeRecord(
        { planId, type: 'attachment', id: page.id },
        page.record.data,
      );
      setRemoved({ number: index + 1, putBack });
      noteSaved('saved');
    } catch {
      noteSaved('failed');
    }
  };
  const putBack = async () => {
    if (!removed) return;
    const ref = await removed.putBack();
    setRemoved(null);
    noteSaved('saved');
    setFocusId(`page-${ref.id}-remove`);
  };

  return (
    <div class="attach">
      {records !== undefined &&
        (pages.length === 0 ? (
          <p class="attach__none">{t('attach:none', { what })}</p>
        ) : (
          <ol class="attach__pages" aria-label={t('attach:listLabel', { what })}>
            {pages.map((p, i) => (
              <AttachedPage
                key={p.id}
                page={p}
                number={i + 1}
                count={pages.length}
                url={urls.get(p.sha256)}
                what={what}
                onMove={(by) => void move(i, by)}
                onRemove={() => void remove(i)}
              />
            ))}
          </ol>
        ))}
      <LiveStatus class="attach__message">
        {removed && t('attach:removed', { number: removed.number })}
      </LiveStatus>
      {removed && (
        <div class="button-row" ref={undoRow}>
          <Button variant="secondary" symbol="undo" onPress={() => void putBack()}>
            {t('attach:putBack')}
          </Button>
        </div>
      )}
      <h3 class="attach__add-title">{t('attach:addTitle')}</h3>
      <p>{t('attach:addHint')}</p>
      <PhotoPicker
        takeLabel={t('attach:takePhoto')}
        chooseLabel={t('attach:choosePhoto')}
        onPhoto={(photo) => add(photo.bytes, 'image/jpeg')}
      />
      <p>{t('attach:fileHint')}</p>
      <div class="button-row">
        <FilePicker label={t('attach:chooseFile')} onFile={addFile} />
      </div>
      <LiveStatus class="attach__problem">{problem && t(`attach:problems.${problem}`)}</LiveStatus>
    </div>
  );
}
