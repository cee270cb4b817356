// On every screen of a plan that is not the device owner's: whose plan this is, so nobody writes
// in the wrong plan. Part of the page frame's notices, under the title.
import { usePlanChoices } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import { Picture } from '../../ui/Picture';
import './plans.css';

export function PlanBanner() {
  const t = useT();
  const ready = useNamespaces(['plans']);
  const current = usePlanChoices()?.find((c) => c.current);
  if (!ready || !current || current.plan.role === 'owner') return null;
  return (
    <div class="plan-banner" role="note" aria-labelledby="plan-banner-title">
      <Picture symbol="handshake" alt="" size="small" />
      <div>
        <p id="plan-banner-title" class="plan-banner__title">
          {current.name
            ? t('plans:banner.named', { name: current.name })
            : t('plans:banner.someone')}
        </p>
        <p>{t('plans:banner.body')}</p>
        <LinkButton href="/" symbol="people">
          {t('plans:banner.change')}
        </LinkButton>
      </div>
    </div>
  );
}
