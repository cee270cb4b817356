import { hasScreen } from '../../routes/hasScreen';
import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import { rememberPlace, withBack } from '../../ui/returnPlace';

/**
 * "What is this?": a link to the easy-read page that explains this screen. Shown only when that
 * page exists in this build, so the person never follows a link to nothing.
 */
export function LearnLink({ href, label }: { href: string; label?: string }) {
  const t = useT();
  if (!hasScreen(href)) return null;
  // The page it opens offers "Go back to where I was": back to this question, at this place.
  const to = withBack(href);
  return (
    <LinkButton href={to} symbol="information" onClick={() => rememberPlace(to)}>
      {label ?? t('planner:common.whatIsThis')}
    </LinkButton>
  );
}
