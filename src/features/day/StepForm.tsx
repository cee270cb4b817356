import { useEffect, useRef, useState } from 'preact/hooks';
import { isSymbolId, type SymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { TextField } from '../../ui/TextField';
import { normaliseTime } from './timetable';

export interface StepValues {
  text: string;
  time: string;
  symbol: string;
}

export interface StepFormProps {
  initial: StepValues;
  onSave: (values: StepValues) => Promise<void>;
  onCancel: () => void;
}

/** The words, time and picture of one step. Nothing is lost on a mistake: the words stay. */
export function StepForm({ initial, onSave, onCancel }: StepFormProps) {
  const t = useT();
  const [text, setText] = useState(initial.text);
  const [time, setTime] = useState(initial.time);
  const [symbol, setSymbol] = useState(initial.symbol);
  const [errors, setErrors] = useState<{ text?: string; time?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  // Start at the words: the dialog opened to write them.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const symbols = Object.keys(
    t('day:timetable.symbols', { returnObjects: true }) as Record<string, string>,
  ).filter(isSymbolId);

  const submit = async (e: Event) => {
    e.preventDefault();
    const cleanTime = normaliseTime(time);
    const next = {
      text: text.trim() ? undefined : t('day:timetable.form.wordsError'),
      time: cleanTime === null ? t('day:timetable.form.timeError') : undefined,
    };
    setErrors(next);
    if (next.text || next.time) return;
    await onSave({ text: text.trim(), time: cleanTime ?? '', symbol });
  };

  return (
    <form onSubmit={submit} noValidate ref={form}>
      <TextField
        label={t('day:timetable.form.words')}
        description={t('day:timetable.form.wordsHint')}
        errorMessage={errors.text}
        value={text}
        onChange={setText}
      />
      <TextField
        label={t('day:timetable.form.time')}
        description={t('day:timetable.form.timeHint')}
        errorMessage={errors.time}
        value={time}
        onChange={setTime}
        width="short"
        inputMode="numeric"
      />
      <ChoiceCards<string>
        label={t('day:timetable.form.picture')}
        value={symbol}
        onChange={setSymbol}
        columns={4}
        choices={symbols.map((id: SymbolId) => ({
          value: id,
          label: t(`day:timetable.symbols.${id}`),
          symbol: id,
        }))}
      />
      <div class="button-row">
        <Button type="submit" symbol="tick">
          {t('day:timetable.form.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('day:timetable.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
