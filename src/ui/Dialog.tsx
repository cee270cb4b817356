import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { editingGuard } from './editingGuard';

export interface DialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: ComponentChildren;
  children: ComponentChildren;
  /** Whether a tap outside closes it. Off for questions that need an answer. */
  isDismissable?: boolean;
  role?: 'dialog' | 'alertdialog';
  /** Fills the whole screen (communication cards held up to the room). */
  fullScreen?: boolean;
}

/**
 * A modal dialog. Escape closes it, and focus goes back to whatever opened it.
 *
 * Under preact/compat, react-aria's FocusScope restores focus too early in Chromium and focus ends
 * on <body> (toolchain.md §3), which strands keyboard and switch users at the top of the page. We
 * remember the opener here and put focus back ourselves once the dialog has gone; the browser test
 * "Escape closes a dialog and focus returns to its opener" holds both behaviours in place.
 */
export function Dialog({
  isOpen,
  onClose,
  title,
  children,
  isDismissable = true,
  role,
  fullScreen,
}: DialogProps) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);

  if (isOpen && !wasOpen.current && typeof document !== 'undefined') {
    opener.current = document.activeElement as HTMLElement | null;
  }

  useEffect(() => {
    if (isOpen) {
      wasOpen.current = true;
      return editingGuard.hold();
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const target = opener.current;
    const timer = setTimeout(() => {
      const active = document.activeElement;
      if (target?.isConnected && (!active || active === document.body)) target.focus();
    }, 50);
    return () => clearTimeout(timer);
  }, [isOpen]);

  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable={isDismissable}
      className={fullScreen ? 'dialog-overlay dialog-overlay--full' : 'dialog-overlay'}
    >
      <Modal className={fullScreen ? 'dialog dialog--full' : 'dialog'}>
        <AriaDialog className="dialog__body" role={role}>
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
