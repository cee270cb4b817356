import { isSymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Picture } from '../../ui/Picture';
import type { Step } from './timetable';
import { HiddenContext } from '../../ui/HiddenContext';

/** The id of one of a step's buttons, so focus can be put back on it after the list changes. */
export function stepControlId(stepId: string, control: 'up' | 'down' | 'change' | 'here'): string {
  return `step-${stepId}-${control}`;
}

export interface StepItemProps {
  step: Step;
  position: number;
  count: number;
  /** This step is happening now, or comes next. */
  mark: 'now' | 'next' | null;
  /** The timetable is being changed: the buttons to move, change or remove show. */
  changing: boolean;
  onMove: (by: -1 | 1) => void;
  onChange: () => void;
  onRemove: () => void;
  onDone: (done: boolean) => void;
  onHere: () => void;
}

/**
 * One step of the day: its picture, its words and time, whether it is now or next, and "We are
 * here". While the timetable is being changed, buttons to move, change or remove it.
 */
export function StepItem(props: StepItemProps) {
  const { step, position, count, mark, changing } = props;
  const t = useT();
  const about = <HiddenContext>{step.text}</HiddenContext>;
  return (
    <li
      class={`step${step.done ? ' step--done' : ''}${mark ? ` step--${mark}` : ''}`}
      data-step={step.id}
      aria-current={mark === 'now' ? 'step' : undefined}
    >
      {mark && (
        // Focus lands here after "We are here", whose button goes once the step is now.
        <p class={`step__mark step__mark--${mark}`} tabIndex={-1}>
          {t(`day:timetable.mark.${mark}`)}
        </p>
      )}
      <div class="step__card">
        {isSymbolId(step.symbol) && <Picture symbol={step.symbol} alt="" size="large" />}
        <div class="step__words">
          <span class="step__number">{t('day:timetable.step', { position, count })}</span>
          {step.time && (
            <span class="step__time">{t('day:timetable.at', { time: step.time })}</span>
          )}
          <span class="step__text" dir="auto">
            {step.text}
          </span>
        </div>
      </div>
      <div class="step__actions no-print">
        <Checkbox isSelected={step.done} onChange={props.onDone}>
          {t('day:timetable.doneLabel')}
          {about}
        </Checkbox>
        {changing ? (
          <div class="button-row">
            <Button
              variant="secondary"
              symbol="move-up"
              isDisabled={position === 1}
              onPress={() => props.onMove(-1)}
              id={stepControlId(step.id, 'up')}
            >
              {t('day:timetable.moveUp')}
              {about}
            </Button>
            <Button
              variant="secondary"
              symbol="move-down"
              isDisabled={position === count}
              onPress={() => props.onMove(1)}
              id={stepControlId(step.id, 'down')}
            >
              {t('day:timetable.moveDown')}
              {about}
            </Button>
            <Button
              variant="secondary"
              symbol="edit"
              onPress={props.onChange}
              id={stepControlId(step.id, 'change')}
            >
              {t('day:timetable.change')}
              {about}
            </Button>
            <Button variant="secondary" symbol="remove" onPress={props.onRemove}>
              {t('day:timetable.remove')}
              {about}
            </Button>
          </div>
        ) : (
          mark !== 'now' && (
            <div class="button-row">
              <Button
                variant="secondary"
                symbol="place"
                onPress={props.onHere}
                id={stepControlId(step.id, 'here')}
              >
                {t('day:timetable.here')}
                {about}
              </Button>
            </div>
          )
        )}
      </div>
    </li>
  );
}
