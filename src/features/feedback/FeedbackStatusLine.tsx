import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import { formatDay } from '../../i18n/dates';
import type { FeedbackStatus } from './feedback';

const SYMBOL = {
  notStarted: 'pencil',
  started: 'progress-some',
  finished: 'tick',
  changedSinceFinished: 'pencil',
} as const;

export function FeedbackStatusLine({ status }: { status: FeedbackStatus }) {
  const t = useT();
  return (
    <p class="status-line">
      <Picture symbol={SYMBOL[status.state]} alt="" size="small" />
      <span>
        {t(`feedback:status.${status.state}`, {
          date: formatDay(status.finishedAt),
          version: status.finishedVersion,
          next: status.finishedVersion + 1,
        })}
      </span>
    </p>
  );
}
