import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useId, useRef } from 'preact/hooks';
import { useFocusRing, useRadio, useRadioGroup, VisuallyHidden } from 'react-aria';
import { useRadioGroupState, type RadioGroupState } from 'react-stately';
import type { SymbolId } from '../content/symbols';
import { CardGroup } from './CardGroup';
import { Picture } from './Picture';

export interface Choice<V extends string> {
  value: V;
  label: string;
  symbol?: SymbolId;
  /** The person's own photo for this choice, if they added one. */
  photo?: string;
  hint?: string;
  /** A class for the label, e.g. to show a text size at its own size. */
  labelClass?: string;
  /** The language of the label when it is not the page's (a language's own name, "اردو"). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** One card for each of a fixed list of values, with its words and its picture. */
export function pictureChoices<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
  symbols: Readonly<Record<V, SymbolId>>,
): Choice<V>[] {
  return values.map((value) => ({ value, label: label(value), symbol: symbols[value] }));
}

export interface ChoiceCardsProps<V extends string> {
  label: ComponentChildren;
  description?: ComponentChildren;
  choices: Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** Cards per row on wide screens; they stack on narrow ones. */
  columns?: 2 | 3 | 4;
}

const GroupState = createContext<RadioGroupState | null>(null);

/**
 * A set of large picture cards where the person picks one, by a single tap or with the arrow keys
 * (a radio group). No dragging, ever (WCAG 2.5.7).
 */
export function ChoiceCards<V extends string>(props: ChoiceCardsProps<V>) {
  const { label, description, choices, value, onChange, columns = 3 } = props;
  const state = useRadioGroupState({
    value,
    onChange: (v) => onChange(v as V),
  });
  const { radioGroupProps, labelProps, descriptionProps } = useRadioGroup(
    { label, description, orientation: 'horizontal' },
    state,
  );
  return (
    <CardGroup
      groupProps={radioGroupProps}
      labelProps={labelProps}
      descriptionProps={descriptionProps}
      label={label}
      description={description}
      columns={columns}
    >
      <GroupState.Provider value={state}>
        {choices.map((c) => (
          <ChoiceCard key={c.value} choice={c} />
        ))}
      </GroupState.Provider>
    </CardGroup>
  );
}

function ChoiceCard<V extends string>({ choice }: { choice: Choice<V> }) {
  const state = useContext(GroupState)!;
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  // Named by its label alone; the hint is its description, so "Normal" is not "Normal 100 percent".
  const { inputProps, isSelected } = useRadio(
    {
      value: choice.value,
      'aria-labelledby': `${id}-label`,
      'aria-describedby': choice.hint ? `${id}-hint` : undefined,
      children: choice.label,
    },
    state,
    ref,
  );
  const { isFocusVisible, focusProps } = useFocusRing();
  return (
    <label
      class={`choice${isSelected ? ' choice--selected' : ''}${isFocusVisible ? ' choice--focus' : ''}`}
    >
      <VisuallyHidden>
        <input {...(inputProps as object)} {...(focusProps as object)} ref={ref} />
      </VisuallyHidden>
      {choice.symbol && (
        <Picture symbol={choice.symbol} photo={choice.photo} alt="" size="medium" />
      )}
      <span class="choice__text">
        <span
          id={`${id}-label`}
          class={`choice__label${choice.labelClass ? ` ${choice.labelClass}` : ''}`}
          lang={choice.lang}
          dir={choice.dir}
        >
          {choice.label}
        </span>
        {choice.hint && (
          <span id={`${id}-hint`} class="choice__hint">
            {choice.hint}
          </span>
        )}
      </span>
      <span class="choice__tick" aria-hidden="true" />
    </label>
  );
}
