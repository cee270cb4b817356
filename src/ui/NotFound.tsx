import { useT } from '../i18n/useT';
import { LinkButton } from './LinkButton';
import { PageFrame } from './PageFrame';

export function NotFound() {
  const t = useT();
  return (
    <PageFrame title={t('common:notFound.title')} symbol="warning">
      <p>{t('common:notFound.body')}</p>
      <LinkButton href="/" symbol="home" variant="primary">
        {t('common:notFound.home')}
      </LinkButton>
    </PageFrame>
  );
}
