import { useEffect, useState } from 'preact/hooks';
import { i18next, loadNamespaces } from './i18n';

/**
 * Loads namespaces a component needs when it is not on a screen that loaded them already (a hard
 * word's meaning shown on a planner screen, say). They are precached, so this is quick offline.
 * True once they are there.
 */
export function useNamespaces(namespaces: readonly string[]): boolean {
  const has = () => namespaces.every((ns) => i18next.hasResourceBundle(i18next.language, ns));
  const [ready, setReady] = useState(has);
  const key = namespaces.join(',');
  useEffect(() => {
    if (has()) return setReady(true);
    let live = true;
    void loadNamespaces(namespaces).then(() => live && setReady(true));
    return () => {
      live = false;
    };
    // The list is compared by its contents (key), not by identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return ready;
}
