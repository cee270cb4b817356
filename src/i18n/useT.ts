import i18next, { type TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';

/** The translate function, re-rendering the screen when the language changes. */
export function useT(): TFunction {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const onChange = () => setVersion((v) => v + 1);
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return i18next.t;
}
