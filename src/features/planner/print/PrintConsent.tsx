import { useT } from '../../../i18n/useT';
import { consentChangeModel } from '../../../shared/models/consentChange';
import { consentFromFields, readHistory } from '../consentRecords';
import { ConsentSummary } from '../consent/ConsentSummary';
import { HistoryList, subjectTitle } from '../consent/HistoryList';
import { ageBandOf, consentsByKey, consentSubjects, invitees } from '../progress';
import type { PlannerData } from '../usePlanner';

/** Consent, or a best-interests decision, with its history: the evidence the panel must see first. */
export function PrintConsent({ data }: { data: PlannerData }) {
  const t = useT();
  const ageBand = ageBandOf(data.data.review);
  const people = invitees(data.attendees);
  const consents = consentsByKey(data.consents);
  return (
    <>
      {consentSubjects(people).map((key) => {
        const person = people.find((p) => `person-${p.id}` === key);
        const subject = person ? 'attendee' : (key as 'review' | 'share');
        const consent = consents.get(key) ?? consentFromFields(null);
        const history = readHistory(
          data.consentChanges.filter((c) =>
            consentChangeModel.decode(c.data).consentId?.endsWith(`:${key}`),
          ),
        );
        return (
          <div key={key} class="read-answer">
            <h3 class="read-answer__question">{subjectTitle(t, subject, person?.name || null)}</h3>
            <ConsentSummary consent={consent} ageBand={ageBand} />
            {ageBand === 'under16' && consent.view && (
              <p>
                {t('planner:consent.history.view', {
                  view: t(`planner:consent.view.${consent.view}`),
                })}{' '}
                {consent.viewWords.trim() &&
                  t('planner:consent.history.viewWords', { words: consent.viewWords })}
              </p>
            )}
            <h4>{t('planner:consent.history.title')}</h4>
            <HistoryList entries={history} />
          </div>
        );
      })}
    </>
  );
}
