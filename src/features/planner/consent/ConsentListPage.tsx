import { useT } from '../../../i18n/useT';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
import { effectiveState } from '../consent';
import { consentFromFields } from '../consentRecords';
import { ageBandOf, consentsByKey, consentSubjects, invitees } from '../progress';
import type { ConsentKey } from '../../../shared/models/consent';
import { FormScreen } from '../../forms/FormScreen';
import { usePlannerData } from '../usePlanner';
import { AgeFirst } from './AgeFirst';
import { ConsentSummary } from './ConsentSummary';
import { subjectTitle } from './HistoryList';
import '../planner.css';

/** Everything that needs a yes or no, with the answer now and a way to change it. */
export default function ConsentListPage() {
  const t = useT();
  const data = usePlannerData();
  if (!data) return null;
  const ageBand = ageBandOf(data.data.review);
  const people = invitees(data.attendees);
  const consents = consentsByKey(data.consents);
  const others = people.filter((p) => p.kind && p.kind !== 'family');
  return (
    <FormScreen
      section={{ title: t('planner:sections.consent.title'), href: '/planner' }}
      title={t('planner:sections.consent.title')}
      hint={t('planner:consent.lede')}
      symbol="handshake"
      learn="/learn/getting-ready"
    >
      {!ageBand && <AgeFirst reviewRef={data.refs.review} />}
      {ageBand && (
        <p>
          {t(
            ageBand === 'under16' ? 'planner:consent.rule.under16' : 'planner:consent.rule.over16',
          )}
        </p>
      )}
      <ul class="item-list">
        {consentSubjects(people).map((key: ConsentKey) => {
          const person = key.startsWith('person-')
            ? people.find((p) => `person-${p.id}` === key)
            : undefined;
          const consent = consents.get(key) ?? consentFromFields(null);
          const asked = effectiveState(consent, ageBand) !== 'notAsked';
          const subject = person ? 'attendee' : (key as 'review' | 'share');
          return (
            <li key={key} class="item">
              <Picture
                symbol={person ? 'family' : key === 'share' ? 'planner' : 'handshake'}
                alt=""
                size="medium"
              />
              <div class="item__body">
                <h2 class="item__title">{subjectTitle(t, subject, person?.name || null)}</h2>
                <ConsentSummary consent={consent} ageBand={ageBand} />
                <div class="button-row">
                  <LinkButton
                    href={`/planner/consent/${key}`}
                    variant={asked ? 'secondary' : 'primary'}
                    symbol="pencil"
                  >
                    {asked ? t('planner:consent.change') : t('planner:consent.answer')}
                    <span class="visually-hidden">
                      : {subjectTitle(t, subject, person?.name || null)}
                    </span>
                  </LinkButton>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      {others.length > 0 && <p>{t('planner:consent.othersNoConsent')}</p>}
      <LinkButton href="/planner/consent/history" symbol="book">
        {t('planner:consent.history.all')}
      </LinkButton>
    </FormScreen>
  );
}
