import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { useStore } from '../../ui/useStore';
import { noteSaved } from './saver';
import { lastUndo, undoLast, undoStack } from './undo';
import { focusSaveNote } from './SaveNote';

/** "Undo my last change", shown when there is a change on this screen to undo. */
export function UndoButton() {
  const t = useT();
  const stack = useStore(undoStack);
  const screen = location.pathname;
  if (!lastUndo(stack, screen)) return null;
  return (
    <Button
      variant="secondary"
      symbol="undo"
      onPress={async () => {
        try {
          await undoLast(screen);
          noteSaved('undone');
        } catch {
          noteSaved('failed');
        }
        // This button goes away when nothing is left to undo: keep focus where the person is,
        // on the note that says what happened.
        if (!lastUndo(undoStack.get(), screen)) focusSaveNote();
      }}
    >
      {t('planner:common.undo')}
    </Button>
  );
}
