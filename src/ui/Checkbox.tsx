import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { useCheckbox, useFocusRing, VisuallyHidden } from 'react-aria';
import { useToggleState } from 'react-stately';

export interface CheckboxProps {
  children: ComponentChildren;
  hint?: ComponentChildren;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  isDisabled?: boolean;
}

/** A large tick box with its words beside it; the whole row is the target. */
export function Checkbox({ children, hint, isSelected, onChange, isDisabled }: CheckboxProps) {
  const hintId = useId();
  const state = useToggleState({ isSelected, onChange });
  const ref = useRef<HTMLInputElement>(null);
  const { inputProps } = useCheckbox(
    { children, isSelected, onChange, isDisabled, 'aria-describedby': hint ? hintId : undefined },
    state,
    ref,
  );
  const { isFocusVisible, focusProps } = useFocusRing();
  return (
    <div class="checkbox-row">
      <label
        class={`checkbox${state.isSelected ? ' checkbox--checked' : ''}${isFocusVisible ? ' checkbox--focus' : ''}`}
      >
        <VisuallyHidden>
          <input {...(inputProps as object)} {...(focusProps as object)} ref={ref} />
        </VisuallyHidden>
        <span class="checkbox__box" aria-hidden="true" />
        <span class="checkbox__label">{children}</span>
      </label>
      {hint && (
        <p id={hintId} class="checkbox__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
