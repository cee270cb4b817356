import { useRef } from 'preact/hooks';
import { Button } from '../../../ui/Button';

export interface FilePickerProps {
  label: string;
  /** Gets the chosen file's bytes and name. */
  onFile: (bytes: ArrayBuffer, name: string) => Promise<void> | void;
}

/**
 * Choose a document file (a PDF) from the tablet: a plain button (a hidden file input does the
 * work), as the photo picker, so it works with a keyboard, a switch or a screen reader.
 */
export function FilePicker({ label, onFile }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const chosen = async (el: HTMLInputElement) => {
    const file = el.files?.[0];
    el.value = '';
    if (file) await onFile(await file.arrayBuffer(), file.name);
  };
  return (
    <>
      <Button variant="secondary" symbol="file" onPress={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void chosen(e.currentTarget)}
      />
    </>
  );
}
