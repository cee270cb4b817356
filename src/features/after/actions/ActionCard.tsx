import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Picture } from '../../../ui/Picture';
import { actionDue, dueWords, STATUS_SYMBOL, type Action } from './actions';

/** One action in a list: the whole card opens it; its status and date in words and pictures. */
export function ActionCard({ action, today }: { action: Action; today: string }) {
  const t = useT();
  const due = actionDue(action, today);
  return (
    <li class="item item--link action-card">
      <Picture
        symbol={STATUS_SYMBOL[action.status]}
        alt={t(`actions:statusAlt.${action.status}`)}
        size="large"
      />
      <div class="item__body">
        <h2 class="item__title">
          <a href={screenHref('afterAction', { id: action.id })} dir="auto">
            {action.what}
          </a>
        </h2>
        <p class="status-line">
          <span>{t(`actions:status.${action.status}`)}</span>
        </p>
        <p class="item__line">{t('actions:list.who', { who: action.who })}</p>
        <p class="item__line">{dueWords(t, formatDay, due, action.byWhen)}</p>
      </div>
    </li>
  );
}
