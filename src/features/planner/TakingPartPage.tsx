import { useT } from '../../i18n/useT';
import { FieldStepPage } from './FieldStepPage';
import { TAKING_PART } from './steps';
import { routeParam } from '../forms/routeParam';

export default function TakingPartPage(props: Record<string, unknown>) {
  const t = useT();
  return (
    <FieldStepPage
      section={TAKING_PART}
      sectionTitle={t('planner:sections.takingPart.title')}
      step={routeParam(props.step)}
    />
  );
}
