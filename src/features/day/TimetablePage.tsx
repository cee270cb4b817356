import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordRef } from '../../data';
import { useCurrentPlan, useRecords } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { StepForm, type StepValues } from './StepForm';
import { StepItem, stepControlId } from './StepItem';
import { NowNext } from './NowNext';
import { nextOrder, toSteps, type Step } from './timetable';
import {
  addStep,
  addUsualPlan,
  changeStep,
  moveStepInPlan,
  removeStep,
  type StepPreset,
} from './timetableWrites';
import { useNowAndNext } from './useNowAndNext';
import './day.css';

type Editing = { step: Step | null } | null;
interface Message {
  text: string;
  undo?: () => Promise<RecordRef>;
}

const NEW_STEP: StepValues = { text: '', time: '', symbol: 'talk' };

/**
 * /day/timetable — the plan of the day in pictures, with what is happening now and next. Changing
 * it (move, change, remove, add) is one tap away, so the day itself is not lost among buttons.
 */
export default function TimetablePage() {
  const t = useT();
  const plan = useCurrentPlan();
  const records = useRecords(plan?.id, 'timetable');
  const steps = toSteps(records);
  const [editing, setEditing] = useState<Editing>(null);
  const [changing, setChanging] = useState(false);
  const { now, next, isReviewDay, setHere } = useNowAndNext(plan?.id, steps);
  const [focusNow, setFocusNow] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [focus, setFocus] = useState<{ id: string; control: 'up' | 'down' | 'change' } | null>(
    null,
  );
  const undoButton = useRef<HTMLDivElement>(null);
  const changeButton = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [focusList, setFocusList] = useState(false);

  // A removed step takes its Remove button with it: focus goes to "Put it back" instead.
  useEffect(() => {
    if (message?.undo) undoButton.current?.querySelector('button')?.focus();
  }, [message]);
  useEffect(() => {
    if (focusList && records?.length) {
      list.current?.focus();
      setFocusList(false);
    }
  }, [focusList, records]);

  useEffect(() => {
    if (!focusNow) return;
    document.querySelector<HTMLElement>('.step--now .step__mark')?.focus();
    setFocusNow(false);
  }, [focusNow, now]);

  // After a move the list re-renders in its new order: keep focus on the button just used (or its
  // partner, if the step is now at the top or bottom and that button is off).
  useEffect(() => {
    if (!focus) return;
    const other = focus.control === 'up' ? 'down' : 'up';
    const target = document.getElementById(stepControlId(focus.id, focus.control));
    const fallback = document.getElementById(stepControlId(focus.id, other));
    (target && !(target as HTMLButtonElement).disabled ? target : fallback)?.focus();
    setFocus(null);
  }, [focus, records]);

  if (!plan || !records)
    return (
      <PageFrame
        title={t('day:timetable.title')}
        symbol="timetable"
        up={{ href: '/day', label: t('day:up') }}
      >
        {null}
      </PageFrame>
    );

  const move = async (step: Step, by: -1 | 1) => {
    const position = await moveStepInPlan(plan.id, step.id, by);
    setMessage({ text: t('day:timetable.moved', { step: step.text, position }) });
    setFocus({ id: step.id, control: by < 0 ? 'up' : 'down' });
  };
  const remove = async (step: Step) => {
    const undo = await removeStep(step);
    setMessage({ text: t('day:timetable.removed', { step: step.text }), undo });
  };
  const save = async (values: StepValues) => {
    const target = editing?.step;
    if (target) await changeStep(target, { ...values });
    else {
      await addStep(plan.id, { ...values, order: nextOrder(steps) });
      setChanging(true);
    }
    setEditing(null);
  };

  const markOf = (id: string) => (id === now ? 'now' : id === next ? 'next' : null);
  const sentences = steps.flatMap((s, i) => [
    ...(markOf(s.id) ? [t(`day:timetable.mark.${markOf(s.id)}`)] : []),
    t('day:timetable.step', { position: i + 1, count: steps.length }),
    ...(s.time ? [t('day:timetable.at', { time: s.time })] : []),
    s.text,
  ]);

  return (
    <PageFrame
      title={t('day:timetable.title')}
      symbol="timetable"
      lede={t('day:timetable.lede')}
      up={{ href: '/day', label: t('day:up') }}
      titleActions={
        steps.length > 0 && (
          <ReadAloud id="timetable" label={t('day:timetable.readPage')} sentences={sentences} />
        )
      }
    >
      <LiveStatus class="day-message">{message?.text}</LiveStatus>
      {message?.undo && (
        <div class="button-row" ref={undoButton}>
          <Button
            variant="secondary"
            symbol="undo"
            onPress={async () => {
              const ref = await message.undo?.();
              setMessage(null);
              if (ref) setFocus({ id: ref.id, control: 'change' });
            }}
          >
            {t('day:timetable.undo')}
          </Button>
        </div>
      )}
      {steps.length === 0 ? (
        <div class="card">
          <p>{t('day:timetable.empty')}</p>
          <p>{t('day:timetable.startHint')}</p>
          <Button
            symbol="timetable"
            onPress={async () => {
              await addUsualPlan(
                plan.id,
                t('day:timetable.presets', { returnObjects: true }) as StepPreset[],
              );
              setChanging(true);
              setFocusList(true);
            }}
          >
            {t('day:timetable.start')}
          </Button>
        </div>
      ) : (
        <>
          <NowNext
            now={steps.find((s) => s.id === now) ?? null}
            next={steps.find((s) => s.id === next) ?? null}
            isReviewDay={isReviewDay}
          />
          <div class="button-row no-print" ref={changeButton}>
            <Button
              variant="secondary"
              symbol={changing ? 'tick' : 'edit'}
              onPress={() => setChanging(!changing)}
            >
              {changing ? t('day:timetable.finishChanging') : t('day:timetable.changeAll')}
            </Button>
          </div>
          <ol class="timetable" aria-label={t('day:timetable.listLabel')} ref={list} tabIndex={-1}>
            {steps.map((step, i) => (
              <StepItem
                key={step.id}
                step={step}
                position={i + 1}
                count={steps.length}
                mark={markOf(step.id)}
                changing={changing}
                onHere={() => {
                  setHere(step.id);
                  setMessage({ text: t('day:timetable.hereNow', { step: step.text }) });
                  setFocusNow(true);
                }}
                onMove={(by) => void move(step, by)}
                onChange={() => setEditing({ step })}
                onRemove={() => void remove(step)}
                onDone={(done) => void changeStep(step, { done })}
              />
            ))}
          </ol>
        </>
      )}
      {(changing || steps.length === 0) && (
        <div class="button-row">
          <Button variant="secondary" symbol="add" onPress={() => setEditing({ step: null })}>
            {t('day:timetable.add')}
          </Button>
          {steps.length > 0 && (
            <Button
              symbol="tick"
              onPress={() => {
                setChanging(false);
                changeButton.current?.querySelector('button')?.focus();
              }}
            >
              {t('day:timetable.finishChanging')}
            </Button>
          )}
        </div>
      )}
      <Dialog
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        isDismissable={false}
        title={
          editing?.step ? t('day:timetable.form.changeTitle') : t('day:timetable.form.addTitle')
        }
      >
        {editing && (
          <StepForm
            initial={editing.step ?? NEW_STEP}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
    </PageFrame>
  );
}
