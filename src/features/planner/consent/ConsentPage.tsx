import { useT } from '../../../i18n/useT';
import { routeParam } from '../../forms/routeParam';
import { FormScreen } from '../../forms/FormScreen';
import { usePlanId } from '../usePlanner';
import { ConsentDecision } from './ConsentDecision';
import { ConsentHistorySection } from './ConsentHistorySection';
import { parseConsentKey, useConsentSubject } from './useConsentSubject';
import { NotFound } from '../../../ui/NotFound';
import '../planner.css';

/** One thing to consent to: the question, who answers it, the answer, and its history. */
export default function ConsentPage(props: Record<string, unknown>) {
  const t = useT();
  const subject = useConsentSubject(usePlanId(), parseConsentKey(routeParam(props.subject)));
  if (subject === undefined) return null;
  if (subject === null) return <NotFound />;
  const { info } = subject.target;
  const name = subject.attendee?.name || t('planner:people.noName');
  const title =
    info.subject === 'attendee'
      ? t('planner:consent.subjects.attendee.question', { name })
      : t(`planner:consent.subjects.${info.subject}.question`);
  const hint =
    info.subject === 'attendee'
      ? t('planner:consent.subjects.attendee.hint', { name })
      : t(`planner:consent.subjects.${info.subject}.hint`);
  return (
    <FormScreen
      section={{ title: t('planner:sections.consent.title'), href: '/planner/consent' }}
      title={title}
      hint={hint}
      symbol={
        info.subject === 'attendee' ? 'family' : info.subject === 'share' ? 'planner' : 'handshake'
      }
      learn="/learn/getting-ready"
    >
      <ConsentDecision subject={subject} />
      <ConsentHistorySection subject={subject} />
    </FormScreen>
  );
}
