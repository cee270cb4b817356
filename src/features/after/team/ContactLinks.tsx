import { useT } from '../../../i18n/useT';
import { Picture } from '../../../ui/Picture';
import { mailtoHref, telHref, type Contact } from './contacts';

/**
 * Tap to call and tap to email, as big link buttons: the tablet or phone does the calling (the
 * app calls no one by itself). A number or address that cannot be dialled shows as words only.
 */
export function ContactLinks({ contact, name }: { contact: Contact; name: string }) {
  const t = useT();
  const tel = telHref(contact.phone);
  const mail = mailtoHref(contact.email);
  return (
    <div class="contact-links">
      {tel ? (
        <a class="button button--primary contact-link" href={tel}>
          <Picture symbol="call" alt="" size="icon" />
          <span class="button__label">
            {t('afterTeam:call', { name })}
            <span class="contact-link__detail">{contact.phone}</span>
          </span>
        </a>
      ) : (
        contact.phone && <p>{t('afterTeam:callNumber', { number: contact.phone })}</p>
      )}
      {mail ? (
        <a class="button button--secondary contact-link" href={mail}>
          <Picture symbol="email" alt="" size="icon" />
          <span class="button__label">
            {t('afterTeam:email', { name })}
            <span class="contact-link__detail">{contact.email}</span>
          </span>
        </a>
      ) : (
        contact.email && <p>{t('afterTeam:emailAddress', { address: contact.email })}</p>
      )}
      {!contact.phone && !contact.email && <p>{t('afterTeam:noWayToReach')}</p>}
    </div>
  );
}
