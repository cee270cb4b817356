import type { LearnBlock } from '../../content/learnPages';
import { isSymbolId } from '../../content/symbols';
import { EasyText } from '../../ui/EasyText';
import { LinkButton } from '../../ui/LinkButton';
import { Picture } from '../../ui/Picture';
import { ChangePictureButton } from '../pictures/ChangePictureButton';

export interface LearnBlockItemProps {
  block: LearnBlock;
  queue: string;
  offset: number;
  /** Shows a button under the picture to use the person's own photo. */
  changing: boolean;
}

/** One idea: its picture on the left, its words on the right (stacked on a narrow screen). */
export function LearnBlockItem({ block, queue, offset, changing }: LearnBlockItemProps) {
  const symbol = isSymbolId(block.symbol) ? block.symbol : null;
  return (
    <li class="easy-list__item learn-block">
      {symbol && (
        <div class="learn-block__picture">
          <Picture symbol={symbol} alt={block.alt} size="large" />
          {changing && <ChangePictureButton symbol={symbol} alt={block.alt} />}
        </div>
      )}
      <div class="learn-block__words">
        <EasyText text={block.text} queue={queue} offset={offset} speakEach />
        {block.link && (
          <LinkButton href={block.link.href} symbol="next">
            {block.link.label}
          </LinkButton>
        )}
      </div>
    </li>
  );
}
