import { useT } from '../../i18n/useT';
import { FieldStepPage } from './FieldStepPage';
import { REVIEW } from './steps';
import { routeParam } from '../forms/routeParam';

export default function ReviewPage(props: Record<string, unknown>) {
  const t = useT();
  return (
    <FieldStepPage
      section={REVIEW}
      sectionTitle={t('planner:sections.review.title')}
      step={routeParam(props.step)}
    />
  );
}
