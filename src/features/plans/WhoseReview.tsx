// "Whose review?" on Home, only when this device holds more than one plan (a supporter helping
// several people, a family tablet). Choosing only changes which plan the screens show: every
// plan's data stays on the device, so it is instant and works offline.
import { setCurrentPlan, usePlanChoices } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Picture } from '../../ui/Picture';
import { planLabel } from './names';
import './plans.css';

export function WhoseReview() {
  const t = useT();
  const ready = useNamespaces(['plans']);
  const choices = usePlanChoices();
  if (!ready || !choices || choices.length < 2) return null;
  return (
    <section aria-labelledby="whose-title" class="whose-review">
      <h2 id="whose-title">
        <Picture symbol="people" alt="" size="small" /> {t('plans:whose.title')}
      </h2>
      <p>{t('plans:whose.lede')}</p>
      <ul class="whose-review__list">
        {choices.map((c) => (
          <li key={c.plan.id}>
            <Button
              variant={c.current ? 'primary' : 'secondary'}
              symbol={c.plan.role === 'owner' ? 'person' : 'handshake'}
              aria-pressed={c.current}
              onPress={() => void setCurrentPlan(c.plan.id)}
            >
              {planLabel(t, c)}
            </Button>
            <p class="whose-review__role">
              {t(`plans:whose.roles.${c.plan.role}`)} {c.current ? t('plans:whose.chosen') : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
