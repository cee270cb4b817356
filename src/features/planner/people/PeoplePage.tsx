import { useLocation } from 'preact-iso';
import { newRecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { consentFromFields } from '../consentRecords';
import { ageBandOf, consentsByKey } from '../progress';
import { consentKeyFor } from '../../../shared/models/consent';
import { FormScreen } from '../../forms/FormScreen';
import { usePlannerData } from '../usePlanner';
import { attendeeFromRecord, hasDetails, isInvitee } from '../attendees';
import { InvitedPersonCard } from './InvitedPersonCard';
import '../planner.css';

/** The people the person wants at their review (the panel is not theirs to invite). */
export default function PeoplePage() {
  const t = useT();
  const { route } = useLocation();
  const data = usePlannerData();
  if (!data) return null;
  const ageBand = ageBandOf(data.data.review);
  const consents = consentsByKey(data.consents);
  const people = data.attendees.filter((r) => {
    const a = attendeeFromRecord(r);
    return isInvitee(a) && hasDetails(a);
  });

  // Nothing is saved yet: the person's record is made with the first thing typed or chosen.
  const add = () => route(`/planner/people/${newRecordRef(data.planId, 'attendee').id}/name`);

  return (
    <FormScreen
      section={{ title: t('planner:sections.people.title'), href: '/planner' }}
      title={t('planner:people.title')}
      hint={t('planner:people.hint')}
      symbol="people"
      learn="/learn/who-will-be-there"
    >
      {people.length === 0 && <p>{t('planner:people.empty')}</p>}
      <ul class="card-list people">
        {people.map((r) => (
          <InvitedPersonCard
            key={r.id}
            record={r}
            consent={consents.get(consentKeyFor(r.id)) ?? consentFromFields(null)}
            ageBand={ageBand}
          />
        ))}
      </ul>
      <Button symbol="add" onPress={add}>
        {people.length ? t('planner:people.addAnother') : t('planner:people.add')}
      </Button>
      <LinkButton href="/people" symbol="people">
        {t('planner:people.sharing')}
      </LinkButton>
    </FormScreen>
  );
}
