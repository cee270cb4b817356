import type { ComponentChildren, ComponentProps } from 'preact';

/**
 * The frame both kinds of picture cards share: the group's label and hint, then the cards in
 * columns. The react-aria group hook (radio or checkbox) supplies the props that tie them together.
 */
export function CardGroup({
  groupProps,
  labelProps,
  descriptionProps,
  label,
  description,
  columns,
  children,
}: {
  groupProps: ComponentProps<'div'>;
  labelProps: ComponentProps<'span'>;
  descriptionProps: ComponentProps<'span'>;
  label: ComponentChildren;
  description?: ComponentChildren;
  columns: 2 | 3 | 4;
  children: ComponentChildren;
}) {
  return (
    <div {...groupProps} class="choices">
      <span {...labelProps} class="choices__label">
        {label}
      </span>
      {description && (
        <span {...descriptionProps} class="choices__hint">
          {description}
        </span>
      )}
      <div class={`choices__cards choices__cards--${columns}`}>{children}</div>
    </div>
  );
}
