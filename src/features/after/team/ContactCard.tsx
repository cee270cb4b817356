import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { HiddenContext } from '../../../ui/HiddenContext';
import { LinkButton } from '../../../ui/LinkButton';
import { PersonCard } from '../../../ui/PersonCard';
import { REVIEW_STEP, ROLE_SYMBOL, type Contact } from './contacts';
import { ContactLinks } from './ContactLinks';
import { displayName, roleName } from './roleName';

export interface ContactCardProps {
  contact: Contact;
  onChange?: () => void;
  onRemove?: () => void;
}

/** One person in the care team: who they are, where they work, and tap to call or email. */
export function ContactCard({ contact, onChange, onRemove }: ContactCardProps) {
  const t = useT();
  const name = displayName(t, contact);
  const role = roleName(t, contact);
  const step = contact.role ? REVIEW_STEP[contact.role] : undefined;
  const about = <HiddenContext>{name}</HiddenContext>;
  return (
    <PersonCard
      id={contact.id}
      name={name}
      symbol={ROLE_SYMBOL[contact.role ?? 'other']}
      roleName={role && role !== name ? role : undefined}
      actions={
        contact.fromReview ? (
          step && (
            <LinkButton href={step} symbol="pencil">
              {t('afterTeam:changeInPlanner')}
              {about}
            </LinkButton>
          )
        ) : (
          <>
            {onChange && (
              <Button
                variant="secondary"
                symbol="edit"
                onPress={onChange}
                id={`contact-${contact.id}-change`}
              >
                {t('afterTeam:change')}
                {about}
              </Button>
            )}
            {onRemove && (
              <Button variant="secondary" symbol="remove" onPress={onRemove}>
                {t('afterTeam:remove')}
                {about}
              </Button>
            )}
          </>
        )
      }
    >
      {contact.workplace && <p>{t('afterTeam:worksAt', { place: contact.workplace })}</p>}
      <ContactLinks contact={contact} name={name} />
      {contact.fromReview && <p>{t('afterTeam:fromReview')}</p>}
    </PersonCard>
  );
}
