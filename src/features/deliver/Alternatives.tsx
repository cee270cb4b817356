import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Notice } from '../../ui/Notice';

/**
 * When My Review cannot send email (nobody set up an email server), it says so and offers what
 * the person can do themselves: print this page, the tablet's share sheet, or a ready email in
 * their own email app. Nothing here says "sent".
 */
export function Alternatives({
  subject,
  text,
  email,
}: {
  subject: string;
  text: string;
  /** The professional's address, when the person chose one. */
  email: string;
}) {
  const t = useT();
  const canShare = typeof navigator.share === 'function';
  const mailto = `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  return (
    <Notice title={t('deliver:noEmail.title')}>
      <p>{t('deliver:noEmail.body')}</p>
      <p>{t('deliver:noEmail.instead')}</p>
      <div class="button-row no-print">
        <Button symbol="print" onPress={() => window.print()}>
          {t('deliver:noEmail.print')}
        </Button>
        {canShare && (
          <Button
            variant="secondary"
            symbol="people"
            // The person may close the share sheet without sharing: nothing to say then.
            onPress={() => void navigator.share({ title: subject, text }).catch(() => undefined)}
          >
            {t('deliver:noEmail.share')}
          </Button>
        )}
        <LinkButton href={mailto} symbol="email">
          {t('deliver:noEmail.email')}
        </LinkButton>
      </div>
    </Notice>
  );
}
