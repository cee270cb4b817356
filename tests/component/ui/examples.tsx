// The kit's examples as data (the GOV.UK Frontend pattern): the same list drives the component
// tests' axe checks here and the browser suite's kit page checks.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { Button } from '../../../src/ui/Button';
import { Checkbox } from '../../../src/ui/Checkbox';
import { CheckCards } from '../../../src/ui/CheckCards';
import { ChoiceCards } from '../../../src/ui/ChoiceCards';
import { Dialog } from '../../../src/ui/Dialog';
import { DrawingPad } from '../../../src/ui/DrawingPad';
import { LinkButton } from '../../../src/ui/LinkButton';
import { Notice } from '../../../src/ui/Notice';
import { PageFrame } from '../../../src/ui/PageFrame';
import { Picture } from '../../../src/ui/Picture';
import { ReadAloud, SpokenText } from '../../../src/ui/ReadAloud';
import { TextField } from '../../../src/ui/TextField';
import { Tile } from '../../../src/ui/Tile';
import { VoiceRecorder } from '../../../src/ui/VoiceRecorder';

function ControlledText({ multiline, error }: { multiline?: boolean; error?: string }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      label="What helps you feel calm?"
      description="You can write as much as you like."
      errorMessage={error}
      value={value}
      onChange={setValue}
      multiline={multiline}
    />
  );
}

function ControlledChoices() {
  const [value, setValue] = useState<'good' | 'unsure' | 'bad' | null>(null);
  return (
    <ChoiceCards
      label="How do you feel about this?"
      value={value}
      onChange={setValue}
      choices={[
        { value: 'good', label: 'Good', symbol: 'tick' },
        { value: 'unsure', label: 'Not sure', symbol: 'help' },
        { value: 'bad', label: 'Not good', symbol: 'warning' },
      ]}
    />
  );
}

function ControlledCheckCards() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <CheckCards
      label="What helps you in meetings?"
      description="You can choose more than one."
      selected={selected}
      onChange={(v, on) => setSelected((s) => (on ? [...s, v] : s.filter((x) => x !== v)))}
      options={[
        { value: 'quiet', label: 'A quiet room', symbol: 'quiet' },
        { value: 'breaks', label: 'Breaks', symbol: 'cup' },
      ]}
    />
  );
}

function ControlledCheckbox() {
  const [on, setOn] = useState(false);
  return (
    <Checkbox isSelected={on} onChange={setOn} hint="The room is quiet.">
      A quiet room
    </Checkbox>
  );
}

export function DialogExample() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)}>Open the dialog</Button>
      <Dialog isOpen={open} onClose={() => setOpen(false)} title="Are you sure?">
        <p>This is a question.</p>
        <Button onPress={() => setOpen(false)}>Close</Button>
      </Dialog>
    </>
  );
}

export const EXAMPLES: { name: string; render: () => JSX.Element }[] = [
  { name: 'button, primary', render: () => <Button onPress={() => {}}>Save my answer</Button> },
  {
    name: 'button, secondary with a symbol',
    render: () => (
      <Button variant="secondary" symbol="read-aloud" onPress={() => {}}>
        Read aloud
      </Button>
    ),
  },
  { name: 'link button', render: () => <LinkButton href="/help">Get help</LinkButton> },
  { name: 'text field', render: () => <ControlledText /> },
  { name: 'text field, multi-line', render: () => <ControlledText multiline /> },
  {
    name: 'text field with an error',
    render: () => <ControlledText error="Please write a name." />,
  },
  { name: 'choice cards', render: () => <ControlledChoices /> },
  { name: 'checkbox', render: () => <ControlledCheckbox /> },
  { name: 'check cards', render: () => <ControlledCheckCards /> },
  {
    name: 'drawing pad with a drawing',
    render: () => (
      <DrawingPad
        drawingUrl="blob:example"
        alt="My drawing"
        onSave={() => {}}
        onRemove={() => {}}
      />
    ),
  },
  {
    name: 'voice recorder with a recording',
    render: () => (
      <VoiceRecorder recordingUrl="blob:example" onRecorded={() => {}} onRemove={() => {}} />
    ),
  },
  { name: 'dialog trigger', render: () => <DialogExample /> },
  {
    name: 'picture with a label',
    render: () => <Picture symbol="home" alt="A house" label="Home" />,
  },
  {
    name: 'tile',
    render: () => (
      <Tile href="/settings" symbol="settings" label="Settings" hint="Change things." />
    ),
  },
  { name: 'notice', render: () => <Notice title="Saved">Your work is saved.</Notice> },
  { name: 'error notice', render: () => <Notice error title="Not saved" /> },
  {
    name: 'read aloud',
    render: () => (
      <>
        <ReadAloud id="ex" sentences={['One.', 'Two.']} />
        <p>
          <SpokenText queue="ex" sentences={['One.', 'Two.']} />
        </p>
      </>
    ),
  },
  {
    name: 'page frame',
    render: () => (
      <PageFrame title="A page" symbol="home" lede="What this page is for.">
        <p>Content.</p>
      </PageFrame>
    ),
  },
];
