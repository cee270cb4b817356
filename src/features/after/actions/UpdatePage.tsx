import { useCurrentPlan, useRecord } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { ACTION_UPDATE_PHOTOS } from '../../../shared/models/actionUpdate';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { NotFound } from '../../../ui/NotFound';
import { PageFrame } from '../../../ui/PageFrame';
import { useStore } from '../../../ui/useStore';
import { BoundText } from '../../forms/BoundText';
import { bindTo } from '../../forms/bind';
import { routeParam } from '../../forms/routeParam';
import { removeWithUndo } from '../../forms/saver';
import { focusSaveNote, SaveNote } from '../../forms/SaveNote';
import { lastUndo, undoStack } from '../../forms/undo';
import { UndoButton } from '../../forms/UndoButton';
import { PhotoField } from '../../planner/ui/PhotoField';
import { ActionPartFrame } from './ActionPartFrame';
import { updateFromRecord } from './actions';
import '../../forms/forms.css';
import '../../planner/planner.css';
import './actions.css';

/**
 * /after/actions/:id/updates/:update — one dated update: what happened, and up to three photos.
 * Each box saves as the person types, like every form in the app; "Undo" puts back what was there.
 */
export default function UpdatePage(props: Record<string, unknown>) {
  const t = useT();
  const actionId = routeParam(props.id);
  const id = routeParam(props.update);
  const plan = useCurrentPlan();
  const record = useRecord(id);
  const stack = useStore(undoStack);
  if (!plan || !actionId || record === undefined) return null;
  const back = screenHref('afterAction', { id: actionId });
  if (!record || record.type !== 'actionUpdate') {
    if (record === null && lastUndo(stack, location.pathname))
      return (
        <PageFrame title={t('actions:update.removed')} symbol="delete">
          <SaveNote />
          <UndoButton />
          <LinkButton href={back} symbol="previous">
            {t('actions:update.done')}
          </LinkButton>
        </PageFrame>
      );
    return <NotFound back={{ href: back, label: t('actions:one.title') }} />;
  }
  const update = updateFromRecord(record);
  const bind = bindTo(update.ref, update);
  if (update.actionId !== actionId)
    return <NotFound back={{ href: back, label: t('actions:one.title') }} />;
  // Filled slots, then one empty one to add the next photo to.
  const data = record.data;
  const filled = ACTION_UPDATE_PHOTOS.filter((f) => typeof data[f] === 'string' && data[f]);
  const nextEmpty = ACTION_UPDATE_PHOTOS.find((f) => !filled.includes(f));
  const slots = nextEmpty ? [...filled, nextEmpty] : filled;
  return (
    <ActionPartFrame
      part="update"
      symbol="update"
      actionId={actionId}
      sentences={[
        t('actions:update.title'),
        t('actions:update.lede'),
        t('actions:update.when'),
        t('actions:update.words'),
        t('actions:update.wordsHint'),
        t('actions:update.photos'),
        t('actions:update.photosHint'),
      ]}
    >
      <div class="step-body">
        <BoundText {...bind('when')} label={t('actions:update.when')} type="date" width="short" />
        <BoundText
          {...bind('words')}
          label={t('actions:update.words')}
          hint={t('actions:update.wordsHint')}
          multiline
        />
        <h2>{t('actions:update.photos')}</h2>
        <p>{t('actions:update.photosHint')}</p>
        {slots.map((field) => (
          <PhotoField
            key={field}
            recordRef={update.ref}
            field={field}
            saved={typeof data[field] === 'string' ? (data[field] as string) : null}
            alt={t('actions:update.photoAlt', { n: ACTION_UPDATE_PHOTOS.indexOf(field) + 1 })}
          />
        ))}
      </div>
      <div class="step-footer">
        <SaveNote />
        <UndoButton />
        <div class="button-row">
          <LinkButton href={back} variant="primary" symbol="tick">
            {t('actions:update.done')}
          </LinkButton>
          <Button
            variant="secondary"
            symbol="delete"
            onPress={async () => {
              await removeWithUndo(update.ref, record.data);
              focusSaveNote();
            }}
          >
            {t('actions:update.remove')}
          </Button>
        </div>
      </div>
    </ActionPartFrame>
  );
}
