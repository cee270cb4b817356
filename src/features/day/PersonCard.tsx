import { useMediaUrl } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Picture } from '../../ui/Picture';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { KIND_SYMBOL } from '../../content/attendees';
import { KIND_TERMS, type Person } from './whosWho';
import { HiddenContext } from '../../ui/HiddenContext';

export interface PersonCardProps {
  person: Person;
  /** Panel members can be changed here; the people the person invites, in the planner. */
  onChange?: () => void;
  onRemove?: () => void;
}

/**
 * One person at the review: photo (or a picture of their role), name, role in plain words. The
 * picture's words are the name and role right beside it, so it has no text of its own.
 */
export function PersonCard({ person, onChange, onRemove }: PersonCardProps) {
  const t = useT();
  const photo = useMediaUrl(person.photo);
  const role = t(`day:whosWho.kinds.${person.kind}`);
  const name = person.name || t('day:whosWho.notAdded');
  const term = KIND_TERMS[person.kind];
  const headingId = `person-${person.id}`;
  return (
    <li class="person-card" aria-labelledby={headingId}>
      <Picture symbol={KIND_SYMBOL[person.kind]} photo={photo} alt="" size="large" />
      <div class="person-card__words">
        <h3 id={headingId} class="person-card__name">
          {name}
        </h3>
        <p class="person-card__role">{person.relation ? `${role}: ${person.relation}` : role}</p>
        <p>{t(`day:whosWho.about.${person.kind}`)}</p>
        {person.joining && <p>{t(`day:whosWho.joining.${person.joining}`)}</p>}
        {term && <WhatIsThis term={term} about={role} />}
        {(onChange || onRemove) && (
          <div class="button-row no-print">
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
          </div>
        )}
      </div>
    </li>
  );
}
