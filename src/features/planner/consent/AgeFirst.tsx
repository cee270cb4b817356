import type { RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Notice } from '../../../ui/Notice';
import { BoundChoice } from '../../forms/BoundChoice';

/** Who answers depends on the person's age, so consent asks that first (the same answer as in My review). */
export function AgeFirst({ reviewRef }: { reviewRef: RecordRef }) {
  const t = useT();
  return (
    <>
      <Notice title={t('planner:consent.ageFirst')} />
      <BoundChoice
        recordRef={reviewRef}
        field="ageBand"
        saved={null}
        label={t('planner:review.age.title')}
        hint={t('planner:review.age.hint')}
        columns={2}
        choices={[
          { value: 'under16', label: t('planner:review.age.under16'), symbol: 'school' },
          { value: '16plus', label: t('planner:review.age.over16'), symbol: 'person' },
        ]}
      />
    </>
  );
}
