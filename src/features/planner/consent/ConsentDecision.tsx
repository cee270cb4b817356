import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
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
 * cannot decide, someone else in their best interests, written down by a supporter); under 16 the parent or carer, with the young
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

type Pick = 'yes' | 'no';

function PersonAnswer({ subject }: { subject: ConsentSubjectData }) {
  const t = useT();
  const { consent, ageBand, target } = subject;
  const [problems, setProblems] = useState<ConsentProblem[]>([]);
  const state = effectiveState(consent, ageBand);
  const value: Pick | null =
    state === 'yes' ? 'yes' : state === 'no' || state === 'withdrawn' ? 'no' : null;
  // After a yes, no is a change of mind; the card keeps those words once it is chosen.
  const changing = consentAllows(consent, ageBand) || state === 'withdrawn';
  return (
    <>
      <ChoiceCards<Pick>
        label={t('planner:consent.yourAnswer')}
        columns={2}
        value={value}
        onChange={async (v) => {
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
        ]}
      />
      {problems.length > 0 && (
        <p class="field__error">{t(`planner:consent.problems.${problems[0]}`)}</p>
      )}
      <SupporterBestInterests subject={subject} recorded={state === 'bestInterests'} />
    </>
  );
}

/**
 * A best-interests decision is made and written down by someone else, so it is not one of the
 * person's own answers: it is a separate part for their supporter, open when one is recorded.
 */
function SupporterBestInterests(props: { subject: ConsentSubjectData; recorded: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const shown = open || props.recorded;
  return (
    <section class="supporter-part" aria-labelledby="bi-supporter-title">
      <h2 id="bi-supporter-title">{t('planner:consent.supporter.title')}</h2>
      <p>{t('planner:consent.supporter.body')}</p>
      {!props.recorded && (
        <Button
          variant="secondary"
          symbol="best-interests"
          aria-expanded={shown}
          aria-controls="bi-form"
          onPress={() => setOpen(!open)}
        >
          {t('planner:consent.supporter.open')}
        </Button>
      )}
      {shown && (
        <div id="bi-form">
          <BestInterestsForm subject={props.subject} />
        </div>
      )}
    </section>
  );
}
