import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useTextField, type AriaTextFieldProps } from 'react-aria';

export interface TextFieldProps extends Omit<
  AriaTextFieldProps,
  'label' | 'description' | 'errorMessage' | 'value'
> {
  label: ComponentChildren;
  description?: ComponentChildren;
  errorMessage?: ComponentChildren;
  value: string;
  multiline?: boolean;
  /** Rows shown for a multi-line field. */
  rows?: number;
  width?: 'short' | 'medium' | 'full';
}

/** A labelled text box. The label is always visible: placeholders vanish and memory is not a test. */
export function TextField({ multiline, rows = 4, width = 'full', ...props }: TextFieldProps) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { labelProps, inputProps, descriptionProps, errorMessageProps } = useTextField(
    {
      ...(props as AriaTextFieldProps<HTMLInputElement | HTMLTextAreaElement>),
      isInvalid: !!props.errorMessage,
      inputElementType: multiline ? 'textarea' : 'input',
    } as AriaTextFieldProps & { inputElementType: 'input' },
    ref,
  );
  return (
    <div class={`field${props.errorMessage ? ' field--error' : ''}`}>
      <label {...labelProps} class="field__label">
        {props.label}
      </label>
      {props.description && (
        <div {...descriptionProps} class="field__hint">
          {props.description}
        </div>
      )}
      {props.errorMessage && (
        <p {...errorMessageProps} class="field__error">
          {props.errorMessage}
        </p>
      )}
      {multiline ? (
        <textarea
          {...(inputProps as object)}
          ref={ref}
          rows={rows}
          // What the person writes keeps its own direction: English typed on an Urdu screen reads
          // left to right, and Urdu on an English screen right to left.
          dir="auto"
          class="field__input field__input--multiline"
        />
      ) : (
        <input
          {...(inputProps as object)}
          ref={ref}
          dir="auto"
          class={`field__input field__input--${width}`}
        />
      )}
    </div>
  );
}
