import { useT } from '../../i18n/useT';
import { HandOver } from '../../ui/HandOver';
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
  return (
    <>
      <Notice title={noEmailServer ? t('deliver:noEmail.title') : t('deliver:noEmail.otherWays')}>
        {noEmailServer && <p>{t('deliver:noEmail.body')}</p>}
        {noEmailServer && <p>{t('deliver:noEmail.instead')}</p>}
      </Notice>
      {/* Outside the notice: at 200% text on a phone the buttons get the whole width. */}
      <HandOver
        subject={subject}
        text={text}
        email={email}
        labels={{
          print: t('deliver:noEmail.print'),
          share: t('deliver:noEmail.share'),
          email: t('deliver:noEmail.email'),
        }}
      />
    </>
  );
}
