import { useState } from 'preact/hooks';
import { loadNamespaces } from '../../i18n/i18n';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import { Lazy } from '../../ui/Lazy';

const loadOverlay = () =>
  Promise.all([import('./CardsOverlay'), loadNamespaces(['day'])]).then(([m]) => m.CardsOverlay);

/**
 * "My cards" in the header of every screen: one tap shows the communication cards full screen,
 * over whatever the person is doing. It is always there, in the same place, so it can be found on
 * the day without thinking (WCAG 3.2.3); the cards' code loads only when first opened.
 */
export function CardsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      {/* A plain button, styled as the kit's: it is on the first screen, which must not wait for
          the kit's react-aria code, and it is prerendered into index.html with the header. */}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        <Picture symbol="cards" alt="" size="icon" />
        <span class="button__label">{t('common:cards.open')}</span>
      </button>
      {used && <Lazy load={loadOverlay} props={{ isOpen: open, onClose: () => setOpen(false) }} />}
    </>
  );
}
