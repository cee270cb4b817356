import { useT } from '../i18n/useT';
import { LinkButton } from './LinkButton';
import { PageFrame } from './PageFrame';

export interface NotFoundProps {
  /**
   * A part of a screen that is not there (a step of a section): "This page is not here", with a
   * way back to the section (its address and name) instead of to the start.
   */
  back?: { href: string; label: string };
}

export function NotFound({ back }: NotFoundProps) {
  const t = useT();
  if (back)
    return (
      <PageFrame title={t('common:notFound.stepTitle')} symbol="warning">
        <p>{t('common:notFound.stepBody')}</p>
        <LinkButton href={back.href} symbol="previous" variant="primary">
          {t('common:notFound.backTo', { section: back.label })}
        </LinkButton>
      </PageFrame>
    );
  return (
    <PageFrame title={t('common:notFound.title')} symbol="warning">
      <p>{t('common:notFound.body')}</p>
      <LinkButton href="/" symbol="home" variant="primary">
        {t('common:notFound.home')}
      </LinkButton>
    </PageFrame>
  );
}
