import { useRecords } from '../../../data';
import { useT } from '../../../i18n/useT';
import { readHistory } from '../consentRecords';
import { FormScreen } from '../../forms/FormScreen';
import { usePlanId } from '../usePlanner';
import { HistoryList } from './HistoryList';
import '../planner.css';

/** Every change to every consent answer, newest first: the person can always see what happened. */
export default function ConsentHistoryPage() {
  const t = useT();
  const changes = useRecords(usePlanId(), 'consentChange');
  if (!changes) return null;
  return (
    <FormScreen
      section={{ title: t('planner:sections.consent.title'), href: '/planner/consent' }}
      title={t('planner:consent.history.allTitle')}
      hint={t('planner:consent.history.allHint')}
      symbol="book"
    >
      <HistoryList entries={readHistory(changes)} showSubject />
    </FormScreen>
  );
}
