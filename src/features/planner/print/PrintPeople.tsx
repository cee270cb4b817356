import { useT } from '../../../i18n/useT';
import { takingPart } from '../attendees';
import { consentFromFields } from '../consentRecords';
import { ageBandOf, consentsByKey, invitees } from '../progress';
import { consentKeyFor } from '../../../shared/models/consent';
import type { PlannerData } from '../usePlanner';

export function PrintPeople({ data }: { data: PlannerData }) {
  const t = useT();
  const people = invitees(data.attendees);
  const consents = consentsByKey(data.consents);
  const ageBand = ageBandOf(data.data.review);
  if (people.length === 0) return <p>{t('planner:people.empty')}</p>;
  return (
    <ul class="print-list">
      {people.map((p) => (
        <li key={p.id}>
          <strong>{p.name || t('planner:people.noName')}</strong>
          {p.relation && <>, {p.relation}</>}
          {p.kind && <> ({t(`planner:people.kinds.${p.kind}`)})</>}
          {p.joining && <>. {t(`planner:people.joining.${p.joining}`)}</>}.{' '}
          {t(
            `planner:people.status.${takingPart(p.kind, consents.get(consentKeyFor(p.id)) ?? consentFromFields(null), ageBand)}`,
          )}
          {p.needs.trim() && <> {t('planner:print.needs', { needs: p.needs })}</>}
        </li>
      ))}
    </ul>
  );
}
