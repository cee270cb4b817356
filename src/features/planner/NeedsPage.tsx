import { useT } from '../../i18n/useT';
import { FieldStepPage } from './FieldStepPage';
import { NEEDS } from './steps';
import { routeParam } from '../forms/routeParam';

export default function NeedsPage(props: Record<string, unknown>) {
  const t = useT();
  return (
    <FieldStepPage
      section={NEEDS}
      sectionTitle={t('planner:sections.needs.title')}
      step={routeParam(props.step)}
    />
  );
}
