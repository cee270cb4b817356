import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { consentAllows, effectiveState, type ConsentProblem } from '../consent';
import { AgeFirst } from './AgeFirst';
import { applyConsent } from './applyConsent';
import { BestInterestsForm } from './BestInterestsForm';
import { ConsentSummary } from './ConsentSummary';
import { ParentAnswer } from './ParentAnswer';
import type { ConsentSubjectData } from './useConsentSubject';

/**
 * Where the answer is given. The age rule decides who answers: from 16 the person (or, when they
 * cannot decide, someone in their best interests); under 16 the parent or carer, with the young
 * person's own view recorded beside it.
 */
export function ConsentDecision({ subject }: { subject: ConsentSubjectData }) {
  const t = useT();
  const { ageBand, consent } = subject;
  if (!ageBand) return <AgeFirst reviewRef={subject.reviewRef} />;
  return (
    <>
      <div class="consent-now">
        <p class="history__when">{t('planner:consent.answerNow')}</p>
        <ConsentSummary consent={consent} ageBand={ageBand} />
      </div>
      <p>
        {t(ageBand === 'under16' ? 'planner:consent.rule.under16' : 'planner:consent.rule.over16')}
      </p>
      {ageBand === 'under16' ? (
        <ParentAnswer subject={subject} />
      ) : (
        <PersonAnswer subject={subject} />
      )}
    </>
  );
}

type Pick = 'yes' | 'no' | 'bestInterests';

function PersonAnswer({ subject }: { subject: ConsentSubjectData }) {
  const t = useT();
  const { consent, ageBand, target } = subject;
  const [picked, setPicked] = useState<Pick | null>(null);
  const [problems, setProblems] = useState<ConsentProblem[]>([]);
  const state = effectiveState(consent, ageBand);
  const saved: Pick | null =
    state === 'yes'
      ? 'yes'
      : state === 'no' || state === 'withdrawn'
        ? 'no'
        : state === 'bestInterests'
          ? 'bestInterests'
          : null;
  // After a yes, no is a change of mind; the card keeps those words once it is chosen.
  const changing = consentAllows(consent, ageBand) || state === 'withdrawn';
  const value = picked ?? saved;
  return (
    <>
      <ChoiceCards<Pick>
        label={t('planner:consent.yourAnswer')}
        columns={3}
        value={value}
        onChange={async (v) => {
          setPicked(v === 'bestInterests' ? v : null);
          if (v === 'bestInterests') return;
          const result = await applyConsent(
            target,
            consent,
            { type: 'answer', answer: v },
            ageBand,
          );
          setProblems(result === 'failed' ? [] : result);
        }}
        choices={[
          {
            value: 'yes',
            label: t('planner:consent.choices.yes'),
            symbol: 'yes',
          },
          {
            value: 'no',
            label: t(
              changing ? 'planner:consent.choices.changedMind' : 'planner:consent.choices.no',
            ),
            symbol: changing ? 'change-mind' : 'no',
          },
          {
            value: 'bestInterests',
            label: t('planner:consent.choices.cannotDecide'),
            symbol: 'best-interests',
          },
        ]}
      />
      {problems.length > 0 && (
        <p class="field__error">{t(`planner:consent.problems.${problems[0]}`)}</p>
      )}
      {value === 'bestInterests' && <BestInterestsForm subject={subject} />}
    </>
  );
}
