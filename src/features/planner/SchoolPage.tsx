import { useT } from '../../i18n/useT';
import { FieldStepPage } from './FieldStepPage';
import { SCHOOL } from './steps';
import { routeParam } from '../forms/routeParam';

export default function SchoolPage(props: Record<string, unknown>) {
  const t = useT();
  return (
    <FieldStepPage
      section={SCHOOL}
      sectionTitle={t('planner:sections.school.title')}
      step={routeParam(props.step)}
    />
  );
}
