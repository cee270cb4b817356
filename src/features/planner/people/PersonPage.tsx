import type { ComponentChildren } from 'preact';
import { keyedRef, singletonRef, useRecord, type RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { pictureChoices } from '../../../ui/ChoiceCards';
import { NotFound } from '../../../ui/NotFound';
import {
  attendeeFromRecord,
  INVITE_KINDS,
  isInvitee,
  needsConsent,
  type Attendee,
} from '../attendees';
import { ConsentDecision } from '../consent/ConsentDecision';
import { ConsentHistorySection } from '../consent/ConsentHistorySection';
import { useConsentSubject } from '../consent/useConsentSubject';
import { ageBandOf } from '../progress';
import { consentKeyFor } from '../../../shared/models/consent';
import { routeParam } from '../../forms/routeParam';
import { BoundChoice } from '../../forms/BoundChoice';
import { BoundText } from '../../forms/BoundText';
import { bindTo } from '../../forms/bind';
import { PhotoField } from '../ui/PhotoField';
import { StepScreen } from '../../forms/StepScreen';
import { usePlanId } from '../usePlanner';
import { isNewPersonId, STEP_SYMBOL, STEPS, stepDone, type Step } from './personSteps';
import { JOINING, JOINING_SYMBOL, KIND_SYMBOL } from '../../../content/attendees';

/** One person the person invites, a step at a time. */
export default function PersonPage(props: Record<string, unknown>) {
  const t = useT();
  const id = routeParam(props.id);
  const planId = usePlanId();
  const record = useRecord(id);
  const consent = useRecord(
    planId && id ? keyedRef(planId, 'consent', consentKeyFor(id)).id : undefined,
  );
  const review = useRecord(planId ? singletonRef(planId, 'review').id : undefined);
  if (record === undefined || consent === undefined || review === undefined) return null;
  // No record yet: a person just added, whose record is made with the first thing entered.
  const fresh = record === null && !!planId && !!id && isNewPersonId(id);
  if (!fresh && (!record || record.type !== 'attendee' || !isInvitee(attendeeFromRecord(record))))
    return <NotFound />;
  const person = attendeeFromRecord(record ?? { id: id!, data: {} });
  const ref: RecordRef = { planId: record?.planId ?? planId!, id: person.id, type: 'attendee' };
  const name = person.name.trim() || t('planner:people.thisPerson');
  return (
    <StepScreen
      section={{ title: t('planner:sections.people.title'), href: '/planner/people' }}
      steps={STEPS.map((s) => ({
        id: s,
        label: t(`planner:people.steps.${s}.short`),
        done: stepDone(s, {
          person,
          consent: consent?.data ?? null,
          ageBand: ageBandOf(review?.data ?? {}),
        }),
      }))}
      current={routeParam(props.step)}
      basePath={`/planner/people/${person.id}`}
    >
      {({ id }) => {
        const step = id as Step;
        return {
          title: t(`planner:people.steps.${step}.title`, { name }),
          hint: t(`planner:people.steps.${step}.hint`, { name }),
          symbol: STEP_SYMBOL[step],
          learn: step === 'agree' ? '/learn/who-will-be-there' : undefined,
          body: <PersonStep step={step} person={person} personRef={ref} name={name} />,
        };
      }}
    </StepScreen>
  );
}

function PersonStep(props: {
  step: Step;
  person: Attendee;
  personRef: RecordRef;
  name: string;
}): ComponentChildren {
  const t = useT();
  const { step, person, personRef, name } = props;
  const bind = bindTo(personRef, person);
  switch (step) {
    case 'name':
      return (
        <>
          <BoundText {...bind('name')} label={t('planner:people.name')} width="medium" />
          <BoundText
            {...bind('relation')}
            label={t('planner:people.relation')}
            hint={t('planner:people.relationHint')}
            width="medium"
          />
        </>
      );
    case 'kind':
      return (
        <BoundChoice
          {...bind('kind')}
          label={t('planner:people.kindLabel')}
          choices={pictureChoices(INVITE_KINDS, (k) => t(`planner:people.kinds.${k}`), KIND_SYMBOL)}
        />
      );
    case 'joining':
      return (
        <BoundChoice
          {...bind('joining')}
          label={t('planner:people.joiningLabel')}
          columns={2}
          choices={pictureChoices(JOINING, (j) => t(`planner:people.joining.${j}`), JOINING_SYMBOL)}
        />
      );
    case 'agree':
      return <Agree person={person} name={name} />;
    case 'needs':
      return <BoundText {...bind('needs')} label={t('planner:people.needs')} multiline />;
    case 'photo':
      return <PhotoField {...bind('photo')} alt={t('planner:people.photoOf', { name })} />;
  }
}

function Agree({ person, name }: { person: Attendee; name: string }) {
  const t = useT();
  const subject = useConsentSubject(
    usePlanId(),
    needsConsent(person.kind) ? consentKeyFor(person.id) : null,
  );
  if (!person.kind) return <p>{t('planner:people.agreeKindFirst', { name })}</p>;
  if (!needsConsent(person.kind)) return <p>{t('planner:people.agreeNotNeeded', { name })}</p>;
  if (!subject) return null;
  return (
    <>
      <ConsentDecision subject={subject} />
      <ConsentHistorySection subject={subject} />
    </>
  );
}
