import type { ComponentChildren } from 'preact';
import { Button } from './Button';
import { LinkButton } from './LinkButton';

/**
 * The ways a person hands words over themselves: print the page, the tablet's share sheet (where
 * there is one), or a ready email in their own email app. The app sends nothing here, so nothing
 * here says "sent". `before` goes first in the row (e.g. the app's own "Send" link).
 */
export function HandOver(props: {
  subject: string;
  text: string;
  /** The address the ready email goes to, when the person chose one. */
  email?: string;
  labels: { print: string; share: string; email: string };
  before?: ComponentChildren;
}) {
  const { subject, text, labels } = props;
  const canShare = typeof navigator.share === 'function';
  const mailto = `mailto:${encodeURIComponent(props.email ?? '')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  return (
    <div class="button-row no-print">
      {props.before}
      <Button symbol="print" onPress={() => window.print()}>
        {labels.print}
      </Button>
      {canShare && (
        <Button
          variant="secondary"
          symbol="people"
          // The person may close the share sheet without sharing: nothing to say then.
          onPress={() => void navigator.share({ title: subject, text }).catch(() => undefined)}
        >
          {labels.share}
        </Button>
      )}
      <LinkButton href={mailto} symbol="email">
        {labels.email}
      </LinkButton>
    </div>
  );
}
