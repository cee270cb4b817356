import { useRef } from 'preact/hooks';
import {
  Button as AriaButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
} from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectProps {
  label: string;
  description?: string;
  options: SelectOption[];
  value: string;
  onChange: (id: string) => void;
}

/**
 * A pick-one list for long choices (voices, languages), where picture cards would not fit.
 * It is a react-aria collection: it needs the createElementNS patch (scripts/patch-react-aria.mjs)
 * to render under Preact, and focus is put back on its button after the list closes, as react-aria
 * leaves it on <body> under preact/compat.
 */
export function Select({ label, description, options, value, onChange }: SelectProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <AriaSelect
      className="select"
      selectedKey={value}
      onSelectionChange={(key) => key != null && onChange(String(key))}
      onOpenChange={(open) => {
        if (!open)
          setTimeout(() => {
            if (document.activeElement === document.body) trigger.current?.focus();
          }, 50);
      }}
    >
      <Label className="field__label">{label}</Label>
      {description && <p class="field__hint">{description}</p>}
      <AriaButton ref={trigger} className="select__button">
        <SelectValue className="select__value" />
        <span class="select__arrow" aria-hidden="true">
          ▼
        </span>
      </AriaButton>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(o) => (
            <ListBoxItem id={o.id} className="select__option" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
