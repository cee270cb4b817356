import { useT } from '../../../i18n/useT';
import { HistoryList, subjectTitle } from './HistoryList';
import type { ConsentSubjectData } from './useConsentSubject';

/** "What has changed" for one consent: every answer, newest first. */
export function ConsentHistorySection({ subject }: { subject: ConsentSubjectData }) {
  const t = useT();
  const { info } = subject.target;
  const name = subject.attendee?.name || t('planner:people.noName');
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('planner:consent.history.title')}</h2>
      <p>{t('planner:consent.history.hint', { subject: subjectTitle(t, info.subject, name) })}</p>
      <HistoryList entries={subject.history} />
    </section>
  );
}
