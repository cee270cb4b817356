import { keyedRef, useCurrentPlan, useRecord } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { documentModel } from '../../../shared/models/document';
import { Checkbox } from '../../../ui/Checkbox';
import { LinkButton } from '../../../ui/LinkButton';
import { NotFound } from '../../../ui/NotFound';
import { PageFrame } from '../../../ui/PageFrame';
import { routeParam } from '../../forms/routeParam';
import { SaveNote } from '../../forms/SaveNote';
import { saveWithUndo } from '../../forms/saver';
import { UndoButton } from '../../forms/UndoButton';
import { AttachPages } from '../attach/AttachPages';
import '../after.css';
import { kindInfo } from './kinds';

/** /after/documents/:kind — one kind of document: its pages or file, and "in my review pack". */
export default function DocumentPage(props: Record<string, unknown>) {
  const t = useT();
  const plan = useCurrentPlan();
  const info = kindInfo(routeParam(props.kind) ?? '');
  const ref = plan && info ? keyedRef(plan.id, 'document', info.kind) : undefined;
  const record = useRecord(ref?.id);
  if (!info)
    return <NotFound back={{ href: screenHref('afterDocuments'), label: t('documents:title') }} />;
  const doc = documentModel.decode(record?.data);
  const key = `documents:kinds.${info.kind}`;
  return (
    <PageFrame
      title={t(`${key}.label`)}
      symbol={info.symbol}
      lede={t(`${key}.hint`)}
      up={{ href: screenHref('afterDocuments'), label: t('documents:upList') }}
    >
      {ref && record !== undefined && (
        <>
          {info.page ? (
            <section class="after-part">
              <p>{t('documents:communication.is')}</p>
              <div class="button-row">
                <LinkButton href={info.page} symbol="talk" variant="primary">
                  {t('documents:communication.open')}
                </LinkButton>
              </div>
            </section>
          ) : (
            <section class="after-part" aria-labelledby="doc-pages">
              <h2 id="doc-pages">{t('documents:pagesTitle')}</h2>
              <AttachPages planId={ref.planId} of={info.kind} what={t(`${key}.what`)} />
            </section>
          )}
          <section class="after-part" aria-labelledby="doc-pack">
            <h2 id="doc-pack">{t('documents:pack.title')}</h2>
            <p>{t('documents:pack.hint')}</p>
            <Checkbox
              isSelected={doc.inPack}
              onChange={(v) => void saveWithUndo(ref, { inPack: v })}
            >
              {t('documents:pack.inPack')}
            </Checkbox>
            <Checkbox
              isSelected={doc.notNeeded}
              hint={t('documents:pack.notNeededHint')}
              onChange={(v) => void saveWithUndo(ref, { notNeeded: v })}
            >
              {t('documents:pack.notNeeded')}
            </Checkbox>
          </section>
          <SaveNote />
          <UndoButton />
        </>
      )}
    </PageFrame>
  );
}
