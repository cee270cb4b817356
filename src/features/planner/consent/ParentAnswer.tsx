import { useState } from 'preact/hooks';
import { getRecord } from '../../../data';
import { consentModel } from '../../../shared/models/consent';
import { useT } from '../../../i18n/useT';
import { editingGuard } from '../../../ui/editingGuard';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import {
  consentAllows,
  effectiveState,
  type ConsentProblem,
  type YesNo,
  type YesNoNotSure,
} from '../consent';
import { BoundText } from '../../forms/BoundText';
import { applyConsent } from './applyConsent';
import type { ConsentSubjectData } from './useConsentSubject';

/** Under 16: the parent or carer answers, and the young person says what they think. */
export function ParentAnswer({ subject }: { subject: ConsentSubjectData }) {
  const t = useT();
  const { consent, ageBand, target, record } = subject;
  const [problems, setProblems] = useState<ConsentProblem[]>([]);
  const draftName = consentModel.decode(record?.data).draftParentName;
  const state = effectiveState(consent, ageBand);
  // After a yes, no is a change of mind; the card keeps those words once it is chosen.
  const changing = consentAllows(consent, ageBand) || state === 'withdrawn';
  const saved: YesNo | null =
    state === 'yes' ? 'yes' : state === 'no' || state === 'withdrawn' ? 'no' : null;
  return (
    <>
      <h2>{t('planner:consent.parent.title')}</h2>
      <BoundText
        recordRef={target.ref}
        field="draftParentName"
        saved={draftName || consent.parentName}
        label={t('planner:consent.parent.name')}
        autoComplete="name"
        width="medium"
        problem={
          problems.includes('parentNameNeeded')
            ? t('planner:consent.problems.parentNameNeeded')
            : undefined
        }
      />
      <ChoiceCards<YesNo>
        label={t('planner:consent.parent.label')}
        columns={2}
        value={saved}
        onChange={async (v) => {
          await editingGuard.flushAll();
          const fresh = consentModel.decode((await getRecord(target.ref.id))?.data).draftParentName;
          const parentName = fresh.trim() ? fresh : consent.parentName;
          const result = await applyConsent(
            target,
            consent,
            { type: 'answer', answer: v, parentName },
            ageBand,
          );
          setProblems(result === 'failed' ? [] : result);
        }}
        choices={[
          { value: 'yes', label: t('planner:consent.parent.yes'), symbol: 'yes' },
          {
            value: 'no',
            label: t(changing ? 'planner:consent.parent.changedMind' : 'planner:consent.parent.no'),
            symbol: changing ? 'change-mind' : 'no',
          },
        ]}
      />
      <h2>{t('planner:consent.view.title')}</h2>
      <p>{t('planner:consent.view.hint')}</p>
      <ChoiceCards<YesNoNotSure>
        label={t('planner:consent.view.label')}
        value={consent.view}
        onChange={(v) => void applyConsent(target, consent, { type: 'view', view: v }, ageBand)}
        choices={[
          { value: 'yes', label: t('planner:consent.view.yes'), symbol: 'yes' },
          { value: 'no', label: t('planner:consent.view.no'), symbol: 'no' },
          { value: 'notSure', label: t('planner:consent.view.notSure'), symbol: 'not-sure' },
        ]}
      />
      <BoundText
        recordRef={target.ref}
        field="viewWords"
        saved={consent.viewWords}
        label={t('planner:consent.view.words')}
        multiline
      />
    </>
  );
}
