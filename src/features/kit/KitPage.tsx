import { useT } from '../../i18n/useT';
import { PageFrame } from '../../ui/PageFrame';
import { EXAMPLES } from './examples';

/**
 * Every building block of the app on one page, for testers and the browser suite (/kit). It is
 * not linked from the app: people using My Review never need it.
 */
export default function KitPage() {
  const t = useT();
  return (
    <PageFrame title={t('kit:title')} lede={t('kit:lede')}>
      {EXAMPLES.map((example) => (
        <section key={example.name} class="kit-example" data-example={example.name}>
          {example.render()}
        </section>
      ))}
    </PageFrame>
  );
}
