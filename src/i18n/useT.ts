import i18next, { type TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';

/** The translate function, re-rendering the screen when the language changes. */
export function useT(): TFunction {
  const [, setVersion] = useState(0);
  const renderedIn = i18next.language;
  useEffect(() => {
    const onChange = () => setVersion((v) => v + 1);
    i18next.on('languageChanged', onChange);
    // The person's language loads just after the first paint: a component that rendered before
    // it arrived, and subscribed after, would stay in English ("My cards" in an Urdu header).
    if (i18next.language !== renderedIn) onChange();
    return () => i18next.off('languageChanged', onChange);
    // Subscribes once; renderedIn is only compared the first time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return i18next.t;
}
