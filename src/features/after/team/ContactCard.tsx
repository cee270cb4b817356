import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { HiddenContext } from '../../../ui/HiddenContext';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
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
  return (
    <li class="contact-card" data-contact={contact.id}>
      <Picture symbol={ROLE_SYMBOL[contact.role ?? 'other']} alt="" size="large" />
      <div class="contact-card__words">
        <h3 class="contact-card__name">{name}</h3>
        {role && role !== name && <p class="contact-card__role">{role}</p>}
        {contact.workplace && <p>{t('afterTeam:worksAt', { place: contact.workplace })}</p>}
        <ContactLinks contact={contact} name={name} />
        {contact.fromReview ? (
          <>
            <p>{t('afterTeam:fromReview')}</p>
            {step && (
              <LinkButton href={step} symbol="pencil">
                {t('afterTeam:changeInPlanner')}
                <HiddenContext>{name}</HiddenContext>
              </LinkButton>
            )}
          </>
        ) : (
          <div class="button-row">
            {onChange && (
              <Button
                variant="secondary"
                symbol="edit"
                onPress={onChange}
                id={`contact-${contact.id}-change`}
              >
                {t('afterTeam:change')}
                <HiddenContext>{name}</HiddenContext>
              </Button>
            )}
            {onRemove && (
              <Button variant="secondary" symbol="remove" onPress={onRemove}>
                {t('afterTeam:remove')}
                <HiddenContext>{name}</HiddenContext>
              </Button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
