import { hasScreen } from '../../../routes/hasScreen';
import { useT } from '../../../i18n/useT';
import { LinkButton } from '../../../ui/LinkButton';

/**
 * "What is this?": a link to the easy-read page that explains this screen. Shown only when that
 * page exists in this build, so the person never follows a link to nothing.
 */
export function LearnLink({ href, label }: { href: string; label?: string }) {
  const t = useT();
  if (!hasScreen(href)) return null;
  return (
    <LinkButton href={href} symbol="information">
      {label ?? t('planner:common.whatIsThis')}
    </LinkButton>
  );
}
