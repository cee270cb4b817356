import { useState } from 'preact/hooks';
import type { SignOutResult } from '../../sync';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { AddPasskey } from './AddPasskey';
import { DeleteAccount } from './DeleteAccount';
import { LeavePlans } from './LeavePlans';
import { SignOutDialog } from './SignOutDialog';

export function SignedIn({
  email,
  userId,
  passkeys,
  onSignedOut,
}: {
  email: string;
  userId: string;
  passkeys: number;
  onSignedOut: (result: SignOutResult) => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p>{t('account:signedIn.who', { email })}</p>
      <AddPasskey has={passkeys > 0} />
      <div class="button-row">
        <Button variant="secondary" symbol="door" onPress={() => setAsking(true)}>
          {t('account:signOut.button')}
        </Button>
      </div>
      <LeavePlans userId={userId} />
      <DeleteAccount userId={userId} />
      <SignOutDialog
        isOpen={asking}
        onClose={() => setAsking(false)}
        onDone={(result) => {
          setAsking(false);
          onSignedOut(result);
        }}
      />
    </>
  );
}
