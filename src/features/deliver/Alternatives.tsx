import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Notice } from '../../ui/Notice';

/**
 * What the person can do themselves: print this page, the tablet's share sheet, or a ready email
 * in their own email app. When My Review cannot send email at all (nobody set up an email server)
 * it says so first; when sending failed (no connection) these are the other ways. Nothing here
 * says "sent".
 */
export function Alternatives({
  noEmailServer,
  subject,
  text,
  email,
}: {
  noEmailServer: boolean;
  subject: string;
  text: string;
  /** The professional's address, when the person chose one. */
  email: string;
}) {
  const t = useT();
  const canShare = typeof navigator.share === 'function';
  const mailto = `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  return (
    <>
      <Notice title={noEmailServer ? t('deliver:noEmail.title') : t('deliver:noEmail.otherWays')}>
        {noEmailServer && <p>{t('deliver:noEmail.body')}</p>}
        {noEmailServer && <p>{t('deliver:noEmail.instead')}</p>}
      </Notice>
      {/* Outside the notice: at 200% text on a phone the buttons get the whole width. */}
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
    </>
  );
}
