import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../../../content/symbols';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { PageFrame } from '../../../ui/PageFrame';
import { ReadAloud, type ReadAloudProps } from '../../../ui/ReadAloud';

/** A screen that belongs to one action (its letter, an update): its words, Read aloud, and the way back to the action. */
export function ActionPartFrame(props: {
  part: 'letter' | 'update';
  symbol: SymbolId;
  actionId: string;
  sentences: ReadAloudProps['sentences'];
  children: ComponentChildren;
}) {
  const t = useT();
  const { part } = props;
  return (
    <PageFrame
      title={t(`actions:${part}.title`)}
      symbol={props.symbol}
      lede={t(`actions:${part}.lede`)}
      up={{
        href: screenHref('afterAction', { id: props.actionId }),
        label: t('actions:one.title'),
      }}
      titleActions={
        <ReadAloud
          id={`action-${part}`}
          label={t(`actions:${part}.readPage`)}
          sentences={props.sentences}
        />
      }
    >
      {props.children}
    </PageFrame>
  );
}
