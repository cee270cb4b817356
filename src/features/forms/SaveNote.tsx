import { useEffect } from 'preact/hooks';
import { formatTime } from '../../i18n/dates';
import { useT } from '../../i18n/useT';
import { LiveStatus } from '../../ui/LiveStatus';
import { Picture } from '../../ui/Picture';
import { useStore } from '../../ui/useStore';
import { saveNote } from './saver';
import './forms.css'; // its own styles: brought by another screen's code, they arrived late and moved this one

export const SAVE_NOTE_ID = 'save-note';

/** After the control the person used has gone (removed, undone), focus the note that says what happened. */
export function focusSaveNote(): void {
  setTimeout(() => document.getElementById(SAVE_NOTE_ID)?.focus(), 0);
}

/**
 * Beside the controls: "Saved on this tablet at 10:42", said by screen readers after every change
 * without moving focus (the frame's status line says it too, but far from where the person is).
 */
export function SaveNote() {
  const t = useT();
  const note = useStore(saveNote);
  // A new screen starts with no note: the last one was about another screen.
  useEffect(() => {
    saveNote.set({ kind: null, at: 0 });
  }, []);
  // Only when there is a time to say (making the words costs time on a slow tablet).
  const time = note.kind === 'saved' || note.kind === 'undone' ? formatTime(note.at) : '';
  return (
    <div id={SAVE_NOTE_ID} tabIndex={-1} class="save-note" data-at={note.at}>
      <LiveStatus class="save-note__status">
        {note.kind && (
          <>
            <Picture
              symbol={note.kind === 'failed' || note.kind === 'refused' ? 'warning' : 'tick'}
              alt=""
              size="icon"
            />
            <span>
              {note.kind === 'saved' && t('planner:common.saved', { time })}
              {note.kind === 'undone' && t('planner:common.undone', { time })}
              {note.kind === 'failed' && t('planner:common.notSaved')}
              {note.kind === 'refused' && t('planner:common.notSavedTooLong')}
            </span>
          </>
        )}
      </LiveStatus>
    </div>
  );
}
