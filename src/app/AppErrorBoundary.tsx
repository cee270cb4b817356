import { Component, type ComponentChildren } from 'preact';
import i18next from 'i18next';
import { LinkButton } from '../ui/LinkButton';
import { PageFrame } from '../ui/PageFrame';

interface State {
  failed: boolean;
}

/**
 * If a screen breaks, the person sees a calm page instead of a blank one. Their work is in the
 * database, not in the screen, so reloading loses nothing.
 */
export class AppErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { failed: false };

  static override getDerivedStateFromError(error: unknown): State | null {
    // preact-iso suspends lazy screens by throwing a promise: that is loading, not failing.
    if (error && typeof (error as { then?: unknown }).then === 'function') return null;
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    if (error && typeof (error as { then?: unknown }).then === 'function') return;
    console.error('A screen failed to render', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = i18next.t;
    return (
      <PageFrame title={t('common:error.title')} symbol="warning">
        <p>{t('common:error.body')}</p>
        {/* A link, not a button: it reloads without the kit's react-aria code on the first screen. */}
        <LinkButton
          href={typeof location === 'undefined' ? '/' : location.pathname}
          variant="primary"
          symbol="update"
        >
          {t('common:error.reload')}
        </LinkButton>
      </PageFrame>
    );
  }
}
