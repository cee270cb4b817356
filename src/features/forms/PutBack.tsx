import type { Ref } from 'preact';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import type { Removed } from './useListWithUndo';

/** "Jo is removed", said and shown, with the button that puts them back. */
export function PutBack(props: {
  removed: Removed | null;
  /** The words for the removed one, e.g. "Jo is removed from your list." */
  said: (name: string) => string;
  undoLabel: string;
  /** The feature's message class. */
  class: string;
  rowRef: Ref<HTMLDivElement>;
  onUndo: () => Promise<void>;
}) {
  const { removed } = props;
  return (
    <>
      <LiveStatus class={props.class}>{removed && props.said(removed.name)}</LiveStatus>
      {removed && (
        <div class="button-row" ref={props.rowRef}>
          <Button variant="secondary" symbol="undo" onPress={props.onUndo}>
            {props.undoLabel}
          </Button>
        </div>
      )}
    </>
  );
}
