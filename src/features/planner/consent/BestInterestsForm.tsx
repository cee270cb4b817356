import { useState } from 'preact/hooks';
import { getRecord } from '../../../data';
import { useT } from '../../../i18n/useT';
import { editingGuard } from '../../../ui/editingGuard';
import { Button } from '../../../ui/Button';
import { consentModel } from '../../../shared/models/consent';
import { type BestInterests, type ConsentProblem, type YesNo, type YesNoNotSure } from '../consent';
import { BoundChoice } from '../../forms/BoundChoice';
import { BoundText } from '../../forms/BoundText';
import { LearnLink } from '../../forms/LearnLink';
import { applyConsent } from './applyConsent';
import type { ConsentSubjectData } from './useConsentSubject';

/**
 * A best-interests decision: who decided, how, when, and whether an advocate helped. What is typed
 * is kept as it is typed; the decision counts only when "Save this decision" finds it complete.
 */
export function BestInterestsForm({ subject }: { subject: ConsentSubjectData }) {
  const t = useT();
  const { target, consent, ageBand } = subject;
  const draft = consentModel.decode(subject.record?.data);
  const [problems, setProblems] = useState<ConsentProblem[]>([]);
  const bi = consent.bestInterests;
  const problem = (p: ConsentProblem) =>
    problems.includes(p) ? t(`planner:consent.problems.${p}`) : undefined;
  const who = draft.draftWho || (bi?.who ?? '');
  const how = draft.draftHow || (bi?.how ?? '');
  const when = draft.draftWhen || (bi?.when ?? '');
  const advocate: YesNoNotSure | null = draft.draftAdvocate ?? bi?.advocate ?? null;
  const outcome: YesNo | null = draft.draftOutcome ?? bi?.outcome ?? null;

  const record = async () => {
    // Words typed a moment ago may still be on their way to the tablet's storage: save them first.
    await editingGuard.flushAll();
    const d = consentModel.decode((await getRecord(target.ref.id))?.data);
    const decision = {
      who: d.draftWho || who,
      how: d.draftHow || how,
      when: d.draftWhen || when,
      advocate: d.draftAdvocate ?? advocate,
      outcome: d.draftOutcome ?? outcome,
    } as BestInterests;
    const result = await applyConsent(
      target,
      consent,
      { type: 'bestInterests', decision },
      ageBand,
    );
    setProblems(result === 'failed' ? [] : result);
  };

  return (
    <section class="card" aria-labelledby="bi-title">
      <h2 id="bi-title">{t('planner:consent.bi.title')}</h2>
      <p>{t('planner:consent.bi.intro')}</p>
      <LearnLink href="/learn/if-i-cannot-decide" />
      <BoundText
        recordRef={target.ref}
        field="draftWho"
        saved={who}
        label={t('planner:consent.bi.who')}
        hint={t('planner:consent.bi.whoHint')}
        problem={problem('whoNeeded')}
      />
      <BoundText
        recordRef={target.ref}
        field="draftHow"
        saved={how}
        label={t('planner:consent.bi.how')}
        hint={t('planner:consent.bi.howHint')}
        multiline
        problem={problem('howNeeded')}
      />
      <BoundText
        recordRef={target.ref}
        field="draftWhen"
        saved={when}
        label={t('planner:consent.bi.when')}
        type="date"
        width="medium"
        problem={problem('whenNeeded') ?? problem('whenInFuture')}
      />
      <BoundChoice
        recordRef={target.ref}
        field="draftAdvocate"
        saved={advocate}
        label={t('planner:consent.bi.advocate')}
        hint={t('planner:consent.bi.advocateHint')}
        problem={problem('advocateNeeded')}
        choices={[
          { value: 'yes', label: t('planner:consent.bi.advocateYes'), symbol: 'advocate' },
          { value: 'no', label: t('planner:consent.bi.advocateNo'), symbol: 'no' },
          { value: 'notSure', label: t('planner:consent.bi.advocateNotSure'), symbol: 'not-sure' },
        ]}
      />
      <BoundChoice
        recordRef={target.ref}
        field="draftOutcome"
        saved={outcome}
        label={t('planner:consent.bi.outcome')}
        problem={problem('outcomeNeeded')}
        columns={2}
        choices={[
          { value: 'yes', label: t('planner:consent.outcome.yes'), symbol: 'yes' },
          { value: 'no', label: t('planner:consent.outcome.no'), symbol: 'no' },
        ]}
      />
      <Button symbol="tick" onPress={record}>
        {t('planner:consent.bi.save')}
      </Button>
      {problems.length > 0 && (
        <p class="field__error" role="alert">
          {t('planner:consent.bi.notSaved')}
        </p>
      )}
    </section>
  );
}
