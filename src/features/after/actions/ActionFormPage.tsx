import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  newRecordRef,
  saveFields,
  useCurrentPlan,
  useRecord,
  useRecords,
  type RecordRef,
  type StoredRecord,
} from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { Notice } from '../../../ui/Notice';
import { NotFound } from '../../../ui/NotFound';
import { PageFrame } from '../../../ui/PageFrame';
import { ReadAloud } from '../../../ui/ReadAloud';
import { TextField } from '../../../ui/TextField';
import { routeParam } from '../../forms/routeParam';
import { noteSaved, saveOrRefuse } from '../../forms/saver';
import { actionFromRecord } from './actions';
import { actionFields, smartRefusal, type ActionDraft, type Refusal } from './smart';
import { draftKey, useActionDraft } from './useActionDraft';
import { WhoField } from './WhoField';
import './actions.css';

/**
 * /after/actions/new and /after/actions/:id/edit. The words are kept as they are typed, but the
 * action is saved only when the person presses Save and it has a named person and a date.
 */
export default function ActionFormPage(props: Record<string, unknown>) {
  const id = routeParam(props.id);
  const plan = useCurrentPlan();
  const record = useRecord(id);
  const contacts = useRecords(plan?.id, 'contact');
  if (!plan || !contacts || (id && record === undefined)) return null;
  if (id && (!record || record.type !== 'action')) return <NotFound />;
  return <ActionForm planId={plan.id} record={record ?? null} contacts={contacts} />;
}

function ActionForm(props: {
  planId: string;
  record: StoredRecord | null;
  contacts: StoredRecord[];
}) {
  const t = useT();
  const { route } = useLocation();
  const { planId, record } = props;
  const saved = record ? actionFromRecord(record) : null;
  const { draft, change, forget } = useActionDraft(
    draftKey(planId, saved?.id ?? null),
    saved && {
      what: saved.what,
      who: saved.who,
      whoContact: saved.whoContact,
      howWeKnow: saved.howWeKnow,
      byWhen: saved.byWhen,
    },
  );
  const [refusal, setRefusal] = useState<Refusal | 'failed'>(null);
  const [saving, setSaving] = useState(false);
  const title = saved ? t('actions:form.editTitle') : t('actions:form.addTitle');
  const edit = (fields: Partial<ActionDraft>) => {
    change(fields);
    setRefusal(null);
  };

  const save = async () => {
    const why = smartRefusal(draft);
    if (why) {
      // Said beside the Save button, where the person is: focus stays on the button they pressed.
      setRefusal(why);
      return;
    }
    setSaving(true);
    let ref: RecordRef;
    let error: unknown = null;
    if (saved) {
      ref = saved.ref;
      error = await saveOrRefuse(ref, actionFields(draft), `action:${ref.id}`);
    } else {
      // A new action is written whole, in one write: it never exists without its person and date.
      ref = newRecordRef(planId, 'action');
      try {
        await saveFields(ref, { ...actionFields(draft), status: 'notStarted' });
        noteSaved('saved');
      } catch (e) {
        error = e;
        noteSaved('failed');
      }
    }
    setSaving(false);
    if (error) {
      setRefusal('failed');
      return;
    }
    forget();
    route(screenHref('afterAction', { id: ref.id }));
  };

  return (
    <PageFrame
      title={title}
      symbol={saved ? 'edit' : 'add'}
      lede={t('actions:form.lede')}
      up={{ href: screenHref('afterActions'), label: t('actions:list.title') }}
      titleActions={
        <ReadAloud
          id="action-form"
          label={t('actions:form.readPage')}
          sentences={[
            title,
            t('actions:form.lede'),
            t('actions:form.what'),
            t('actions:form.whoLabel'),
            t('actions:form.howWeKnow'),
            t('actions:form.byWhen'),
          ]}
        />
      }
    >
      <form
        class="action-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <TextField
          id="action-what"
          label={t('actions:form.what')}
          description={t('actions:form.whatHint')}
          value={draft.what}
          onChange={(what) => edit({ what })}
          multiline
          rows={3}
        />
        <WhoField draft={draft} contacts={props.contacts} onChange={edit} />
        <TextField
          id="action-how"
          label={t('actions:form.howWeKnow')}
          description={t('actions:form.howWeKnowHint')}
          value={draft.howWeKnow}
          onChange={(howWeKnow) => edit({ howWeKnow })}
          multiline
          rows={3}
        />
        <TextField
          id="action-by-when"
          label={t('actions:form.byWhen')}
          description={t('actions:form.byWhenHint')}
          type="date"
          value={draft.byWhen}
          onChange={(byWhen) => edit({ byWhen })}
          width="short"
        />
        <p class="action-form__kept">{t('actions:form.kept')}</p>
        {refusal && <Notice error title={t(`actions:form.refused.${refusal}`)} />}
        <div class="button-row">
          <Button type="submit" variant="primary" symbol="save" isDisabled={saving}>
            {saved ? t('actions:form.saveChanges') : t('actions:form.save')}
          </Button>
          <LinkButton
            href={saved ? screenHref('afterAction', { id: saved.id }) : screenHref('afterActions')}
            symbol="previous"
          >
            {saved ? t('actions:one.back') : t('actions:form.back')}
          </LinkButton>
        </div>
      </form>
    </PageFrame>
  );
}
