import { singletonRef, useCurrentPlan } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { splitSentences } from '../../../shared/text';
import { PageFrame } from '../../../ui/PageFrame';
import { ReadAloud } from '../../../ui/ReadAloud';
import { displayName } from '../team/roleName';
import { CallList } from './CallList';
import { CRISIS_PARTS, CrisisSection } from './CrisisSection';
import { HelpNowButton } from './HelpNowButton';
import { useCrisisPlan } from './useCrisisPlan';
import '../team/team.css';
import './crisis.css';

/** /after/crisis — the crisis plan: what a crisis looks like, what helps, what does not, who to call. */
export default function CrisisPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const crisis = useCrisisPlan(plan?.id);
  const sentences = crisis
    ? [
        t('afterCrisis:title'),
        ...CRISIS_PARTS.flatMap((p) => [
          t(`afterCrisis:sections.${p}.label`),
          ...splitSentences(crisis.plan[p] || t('afterCrisis:empty')),
        ]),
        t('afterCrisis:calls.title'),
        ...(crisis.calls.length
          ? crisis.calls.map((c, i) => `${i + 1}. ${displayName(t, c.contact)}`)
          : [t('afterCrisis:calls.none')]),
      ]
    : [t('afterCrisis:title')];
  return (
    <PageFrame
      title={t('afterCrisis:title')}
      symbol="crisis-plan"
      lede={t('afterCrisis:lede')}
      up={{ href: screenHref('after'), label: t('afterCrisis:up') }}
      titleActions={
        <ReadAloud id="after-crisis" label={t('afterCrisis:readPage')} sentences={sentences} />
      }
    >
      <HelpNowButton />
      {plan && crisis && (
        <>
          {CRISIS_PARTS.map((part) => (
            <CrisisSection
              key={part}
              planRef={singletonRef(plan.id, 'crisisPlan')}
              part={part}
              saved={crisis.plan[part]}
            />
          ))}
          <CallList planId={plan.id} calls={crisis.calls} team={crisis.team} />
        </>
      )}
    </PageFrame>
  );
}
