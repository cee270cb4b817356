// The kit's examples as data (the GOV.UK Frontend pattern): the same list drives the component
// tests' axe checks (tests/component/ui/kit.test.tsx), the /kit page and the browser suite's
// checks of the react-aria fixes for Preact (tests/browser/kit.spec.ts).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import i18next from 'i18next';
import { symbolUrl } from '../../content/symbolUrl';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { CheckCards } from '../../ui/CheckCards';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { Dialog } from '../../ui/Dialog';
import { Disclosure } from '../../ui/Disclosure';
import { DrawingPad } from '../../ui/DrawingPad';
import { LinkButton } from '../../ui/LinkButton';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ReadAloud, SpokenText } from '../../ui/ReadAloud';
import { TextField } from '../../ui/TextField';
import { Tile } from '../../ui/Tile';
import { VoiceRecorder } from '../../ui/VoiceRecorder';

const t = (key: string) => i18next.t(key);

function TextExample({ multiline, error }: { multiline?: boolean; error?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      label={t('kit:field.label')}
      description={t('kit:field.hint')}
      errorMessage={error ? t('kit:field.error') : undefined}
      value={value}
      onChange={setValue}
      multiline={multiline}
    />
  );
}

function ChoicesExample() {
  const [value, setValue] = useState<'good' | 'unsure' | 'bad' | null>(null);
  return (
    <ChoiceCards
      label={t('kit:choices.label')}
      value={value}
      onChange={setValue}
      choices={[
        { value: 'good', label: t('kit:choices.good'), symbol: 'tick' },
        { value: 'unsure', label: t('kit:choices.unsure'), symbol: 'help' },
        { value: 'bad', label: t('kit:choices.bad'), symbol: 'warning' },
      ]}
    />
  );
}

function CheckboxExample() {
  const [on, setOn] = useState(false);
  return (
    <Checkbox isSelected={on} onChange={setOn} hint={t('kit:checkbox.hint')}>
      {t('kit:checkbox.label')}
    </Checkbox>
  );
}

function CheckCardsExample() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <CheckCards
      label={t('kit:checkCards.label')}
      description={t('kit:checkCards.hint')}
      selected={selected}
      onChange={(v, on) => setSelected((s) => (on ? [...s, v] : s.filter((x) => x !== v)))}
      options={[
        { value: 'quiet', label: t('kit:checkCards.quiet'), symbol: 'quiet' },
        { value: 'breaks', label: t('kit:checkCards.breaks'), symbol: 'cup' },
      ]}
    />
  );
}

export function DialogExample() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)}>{t('kit:dialog.open')}</Button>
      <Dialog isOpen={open} onClose={() => setOpen(false)} title={t('kit:dialog.title')}>
        <p>{t('kit:dialog.body')}</p>
        <Button onPress={() => setOpen(false)}>{t('kit:dialog.close')}</Button>
      </Dialog>
    </>
  );
}

export const EXAMPLES: { name: string; render: () => JSX.Element }[] = [
  { name: 'button, primary', render: () => <Button onPress={() => {}}>{t('kit:button')}</Button> },
  {
    name: 'button, secondary with a symbol',
    render: () => (
      <Button variant="secondary" symbol="read-aloud" onPress={() => {}}>
        {t('kit:readAloud')}
      </Button>
    ),
  },
  { name: 'link button', render: () => <LinkButton href="/help">{t('kit:link')}</LinkButton> },
  { name: 'text field', render: () => <TextExample /> },
  { name: 'text field, multi-line', render: () => <TextExample multiline /> },
  { name: 'text field with an error', render: () => <TextExample error /> },
  { name: 'choice cards', render: () => <ChoicesExample /> },
  { name: 'checkbox', render: () => <CheckboxExample /> },
  { name: 'check cards', render: () => <CheckCardsExample /> },
  {
    name: 'drawing pad with a drawing',
    render: () => (
      <DrawingPad
        drawingUrl={symbolUrl('drawing')}
        alt={t('kit:drawing.alt')}
        onSave={() => {}}
        onRemove={() => {}}
      />
    ),
  },
  {
    name: 'voice recorder',
    render: () => <VoiceRecorder onRecorded={() => {}} />,
  },
  {
    name: 'disclosure, one tap away',
    render: () => (
      <Disclosure label={t('kit:disclosure.label')} symbol="add">
        <p>{t('kit:disclosure.body')}</p>
      </Disclosure>
    ),
  },
  {
    name: 'disclosure with something saved inside',
    render: () => (
      <Disclosure label={t('kit:disclosure.label')} symbol="add" hasContent>
        <p>{t('kit:disclosure.body')}</p>
      </Disclosure>
    ),
  },
  { name: 'dialog', render: () => <DialogExample /> },
  {
    name: 'picture with a label',
    render: () => (
      <Picture symbol="home" alt={t('kit:picture.alt')} label={t('kit:picture.label')} />
    ),
  },
  {
    name: 'tile',
    render: () => (
      <Tile
        href="/settings"
        symbol="settings"
        label={t('kit:tile.label')}
        hint={t('kit:tile.hint')}
      />
    ),
  },
  {
    name: 'notice',
    render: () => <Notice title={t('kit:notice.title')}>{t('kit:notice.body')}</Notice>,
  },
  { name: 'error notice', render: () => <Notice error title={t('kit:notice.errorTitle')} /> },
  {
    name: 'read aloud',
    render: () => {
      const sentences = i18next.t('kit:sentences', { returnObjects: true }) as string[];
      return (
        <>
          <ReadAloud id="kit-example" sentences={sentences} />
          <p>
            <SpokenText queue="kit-example" sentences={sentences} />
          </p>
        </>
      );
    },
  },
];

/** The page frame is an example of its own: a page cannot sit inside another page. */
export function FrameExample() {
  return (
    <PageFrame title={t('kit:frame.title')} symbol="home" lede={t('kit:frame.lede')}>
      <p>{t('kit:frame.body')}</p>
    </PageFrame>
  );
}
