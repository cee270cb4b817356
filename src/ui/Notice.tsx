import type { ComponentChildren } from 'preact';
import { Picture } from './Picture';

export interface NoticeProps {
  title: string;
  children?: ComponentChildren;
  error?: boolean;
}

/** A message that needs the person's attention; errors are announced at once (role="alert"). */
export function Notice({ title, children, error }: NoticeProps) {
  return (
    <div class={`notice${error ? ' notice--error' : ''}`} role={error ? 'alert' : 'status'}>
      <div class="notice__head">
        <Picture symbol={error ? 'warning' : 'information'} alt="" size="small" />
        <p class="notice__title">{title}</p>
      </div>
      {children && <div class="notice__body">{children}</div>}
    </div>
  );
}
