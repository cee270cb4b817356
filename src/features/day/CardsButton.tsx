import { useState } from 'preact/hooks';
import { loadNamespaces } from '../../i18n/i18n';
import { useT } from '../../i18n/useT';
import { PlainButton } from '../../ui/PlainButton';
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
      <PlainButton
        variant="secondary"
        symbol="cards"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        {t('common:cards.open')}
      </PlainButton>
      {used && <Lazy load={loadOverlay} props={{ isOpen: open, onClose: () => setOpen(false) }} />}
    </>
  );
}
