import { useMediaUrl } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { PersonCard } from '../../ui/PersonCard';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { KIND_SYMBOL } from '../../content/attendees';
import { KIND_TERMS, type Person } from './whosWho';
import { HiddenContext } from '../../ui/HiddenContext';

export interface WhosWhoCardProps {
  person: Person;
  /** Panel members can be changed here; the people the person invites, in the planner. */
  onChange?: () => void;
  onRemove?: () => void;
}

/** One person at the review on Who's who: who they are and what they do at the review. */
export function WhosWhoCard({ person, onChange, onRemove }: WhosWhoCardProps) {
  const t = useT();
  const photo = useMediaUrl(person.photo);
  const role = t(`day:whosWho.kinds.${person.kind}`);
  const name = person.name || t('day:whosWho.notAdded');
  const term = KIND_TERMS[person.kind];
  const headingId = `person-${person.id}`;
  return (
    <PersonCard
      id={person.id}
      name={name}
      symbol={KIND_SYMBOL[person.kind]}
      photo={photo}
      roleName={person.relation ? `${role}: ${person.relation}` : role}
      actions={
        (onChange || onRemove) && (
          <>
            {onChange && (
              <Button
                variant="secondary"
                symbol="edit"
                onPress={onChange}
                id={`${headingId}-change`}
              >
                {t('day:whosWho.change')}
                <HiddenContext>{name}</HiddenContext>
              </Button>
            )}
            {onRemove && (
              <Button variant="secondary" symbol="remove" onPress={onRemove}>
                {t('day:whosWho.remove')}
                <HiddenContext>{name}</HiddenContext>
              </Button>
            )}
          </>
        )
      }
    >
      <p>{t(`day:whosWho.about.${person.kind}`)}</p>
      {person.joining && <p>{t(`day:whosWho.joining.${person.joining}`)}</p>}
      {term && <WhatIsThis term={term} about={role} />}
    </PersonCard>
  );
}
