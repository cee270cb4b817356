import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import { useCheckboxGroup, useCheckboxGroupItem, useFocusRing, VisuallyHidden } from 'react-aria';
import { useCheckboxGroupState, type CheckboxGroupState } from 'react-stately';
import type { SymbolId } from '../content/symbols';
import { CardGroup } from './CardGroup';
import { Picture } from './Picture';

export interface CheckCard {
  value: string;
  label: string;
  symbol?: SymbolId;
  hint?: string;
}

export interface CheckCardsProps {
  label: ComponentChildren;
  description?: ComponentChildren;
  options: CheckCard[];
  /** The values ticked now. */
  selected: string[];
  /** One option was ticked or unticked. */
  onChange: (value: string, selected: boolean) => void;
  columns?: 2 | 3 | 4;
}

const GroupState = createContext<CheckboxGroupState | null>(null);

/**
 * Large picture cards where the person can pick as many as they like, each by a single tap
 * (a group of checkboxes). The partner of ChoiceCards, which picks one.
 */
export function CheckCards(props: CheckCardsProps) {
  const { label, description, options, selected, onChange, columns = 3 } = props;
  const state = useCheckboxGroupState({
    value: selected,
    onChange: (next) => {
      for (const o of options) {
        const was = selected.includes(o.value);
        const now = next.includes(o.value);
        if (was !== now) onChange(o.value, now);
      }
    },
  });
  const { groupProps, labelProps, descriptionProps } = useCheckboxGroup(
    { label, description },
    state,
  );
  return (
    <CardGroup
      groupProps={groupProps}
      labelProps={labelProps}
      descriptionProps={descriptionProps}
      label={label}
      description={description}
      columns={columns}
    >
      <GroupState.Provider value={state}>
        {options.map((o) => (
          <Card key={o.value} option={o} />
        ))}
      </GroupState.Provider>
    </CardGroup>
  );
}

function Card({ option }: { option: CheckCard }) {
  const state = useContext(GroupState)!;
  const ref = useRef<HTMLInputElement>(null);
  const { inputProps, isSelected } = useCheckboxGroupItem(
    { value: option.value, children: option.label },
    state,
    ref,
  );
  const { isFocusVisible, focusProps } = useFocusRing();
  return (
    <label
      class={`choice choice--check${isSelected ? ' choice--selected' : ''}${isFocusVisible ? ' choice--focus' : ''}`}
    >
      <VisuallyHidden>
        <input {...(inputProps as object)} {...(focusProps as object)} ref={ref} />
      </VisuallyHidden>
      {option.symbol && <Picture symbol={option.symbol} alt="" size="medium" />}
      <span class="choice__text">
        <span class="choice__label">{option.label}</span>
        {option.hint && <span class="choice__hint">{option.hint}</span>}
      </span>
      <span class="choice__tick" aria-hidden="true" />
    </label>
  );
}
