import { render, screen } from '@testing-library/preact';
import { useLayoutEffect } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next, setLanguage } from '../../../src/i18n/i18n';
import { useT } from '../../../src/i18n/useT';

afterEach(async () => {
  await setLanguage('en');
});

function Words() {
  const t = useT();
  return <p>{t('common:frame.home')}</p>;
}

/** The person's language arriving between a component's first paint and its subscribing. */
function LanguageArrives() {
  useLayoutEffect(() => {
    i18next.addResourceBundle('pl', 'common', { frame: { home: 'Strona główna' } }, true, true);
    void i18next.changeLanguage('pl');
  }, []);
  return null;
}

describe('useT', () => {
  it('shows the language that arrived just after the component first rendered', async () => {
    render(
      <>
        <Words />
        <LanguageArrives />
      </>,
    );
    expect(await screen.findByText('Strona główna')).toBeTruthy();
  });
});
