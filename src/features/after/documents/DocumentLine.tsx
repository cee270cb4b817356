import type { SymbolId } from '../../../content/symbols';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Picture } from '../../../ui/Picture';
import type { ChecklistLine, DocumentState } from './checklist';
import { kindInfo } from './kinds';

const STATE_SYMBOL: Record<DocumentState, SymbolId> = {
  inPack: 'review-pack',
  added: 'tick',
  missing: 'hourglass',
  notNeeded: 'no',
};

/** One kind of document: its picture and name, what the person has of it, and the way to it. */
export function DocumentLine({ line }: { line: ChecklistLine }) {
  const t = useT();
  const info = kindInfo(line.kind)!;
  const name = t(`documents:kinds.${line.kind}.label`);
  return (
    <li class={`doc-line doc-line--${line.state}`}>
      <Picture symbol={info.symbol} alt="" size="medium" />
      <div class="doc-line__words">
        <a href={screenHref('afterDocument', { kind: line.kind })} class="doc-line__name">
          {name}
        </a>
        <p class="doc-line__state">
          <Picture symbol={STATE_SYMBOL[line.state]} alt="" size="icon" />
          <span>
            {line.state === 'missing' || line.state === 'notNeeded'
              ? t(`documents:state.${line.state}`)
              : t(`documents:state.${line.state}`, { count: line.pages })}
          </span>
        </p>
      </div>
    </li>
  );
}
