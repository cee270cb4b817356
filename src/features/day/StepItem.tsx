import { isSymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Picture } from '../../ui/Picture';
import type { Step } from './timetable';
import { HiddenContext } from '../../ui/HiddenContext';

/** The id of one of a step's buttons, so focus can be put back on it after the list changes. */
export function stepControlId(stepId: string, control: 'up' | 'down' | 'change'): string {
  return `step-${stepId}-${control}`;
}

export interface StepItemProps {
  step: Step;
  position: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onChange: () => void;
  onRemove: () => void;
  onDone: (done: boolean) => void;
}

/** One step of the day: its picture, its words and time, and buttons to move, change or remove it. */
export function StepItem({
  step,
  position,
  count,
  onMove,
  onChange,
  onRemove,
  onDone,
}: StepItemProps) {
  const t = useT();
  const about = <HiddenContext>{step.text}</HiddenContext>;
  return (
    <li class={`step${step.done ? ' step--done' : ''}`} data-step={step.id}>
      <div class="step__card">
        {isSymbolId(step.symbol) && <Picture symbol={step.symbol} alt="" size="large" />}
        <div class="step__words">
          <span class="step__number">{t('day:timetable.step', { position, count })}</span>
          {step.time && (
            <span class="step__time">{t('day:timetable.at', { time: step.time })}</span>
          )}
          <span class="step__text">{step.text}</span>
        </div>
      </div>
      <div class="step__actions no-print">
        <Checkbox isSelected={step.done} onChange={onDone}>
          {t('day:timetable.doneLabel')}
          {about}
        </Checkbox>
        <div class="button-row">
          <Button
            variant="secondary"
            symbol="move-up"
            isDisabled={position === 1}
            onPress={() => onMove(-1)}
            id={stepControlId(step.id, 'up')}
          >
            {t('day:timetable.moveUp')}
            {about}
          </Button>
          <Button
            variant="secondary"
            symbol="move-down"
            isDisabled={position === count}
            onPress={() => onMove(1)}
            id={stepControlId(step.id, 'down')}
          >
            {t('day:timetable.moveDown')}
            {about}
          </Button>
          <Button
            variant="secondary"
            symbol="edit"
            onPress={onChange}
            id={stepControlId(step.id, 'change')}
          >
            {t('day:timetable.change')}
            {about}
          </Button>
          <Button variant="secondary" symbol="remove" onPress={onRemove}>
            {t('day:timetable.remove')}
            {about}
          </Button>
        </div>
      </div>
    </li>
  );
}
