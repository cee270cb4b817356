import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDuration, VoiceRecorder } from '../../../src/ui/VoiceRecorder';
import { editingGuard } from '../../../src/ui/editingGuard';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

class FakeRecorder {
  static isTypeSupported = (m: string) => m === 'audio/webm';
  state: 'inactive' | 'recording' = 'inactive';
  mimeType: string;
  ondataavailable: ((e: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  constructor(_stream: unknown, opts?: { mimeType?: string }) {
    this.mimeType = opts?.mimeType ?? '';
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({ data: new Blob(['voice'], { type: this.mimeType }) });
    this.onstop?.();
  }
}

function withMicrophone(getUserMedia: () => Promise<unknown>) {
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
}

afterEach(() => {
  vi.unstubAllGlobals();
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
});

describe('VoiceRecorder', () => {
  it('says plainly when the tablet cannot record, and offers no Record button', async () => {
    const { container } = renderWithSettings(<VoiceRecorder onRecorded={() => {}} />);
    expect(screen.getByText(/cannot record your voice here/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record my voice' })).toBeNull();
    await expectNoAxeViolations(container, 'voice recorder, no microphone support');
  });

  it('records with big Record and Stop buttons, and hands over the recording', async () => {
    const stopTrack = vi.fn();
    withMicrophone(async () => ({ getTracks: () => [{ stop: stopTrack }] }));
    const onRecorded = vi.fn();
    renderWithSettings(<VoiceRecorder onRecorded={onRecorded} label="Record my answer" />);
    await userEvent.click(screen.getByRole('button', { name: 'Record my answer' }));
    const stop = await screen.findByRole('button', { name: 'Stop recording' });
    expect(screen.getByRole('timer')).toHaveTextContent('Recording for 0 seconds');
    expect(editingGuard.isBusy()).toBe(true); // no update prompt while someone speaks
    await userEvent.click(stop);
    await waitFor(() => expect(onRecorded).toHaveBeenCalledOnce());
    const [bytes, mime] = onRecorded.mock.calls[0]!;
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(mime).toBe('audio/webm');
    expect(stopTrack).toHaveBeenCalled(); // the microphone is let go
    expect(await screen.findByText('Your recording is saved on this tablet.')).toBeInTheDocument();
    expect(editingGuard.isBusy()).toBe(false);
  });

  it('says so when the person or the tablet says no to the microphone', async () => {
    withMicrophone(async () => {
      throw Object.assign(new Error('no'), { name: 'NotAllowedError' });
    });
    renderWithSettings(<VoiceRecorder onRecorded={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record my voice' }));
    expect(await screen.findByText(/did not let My Review use the microphone/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record my voice' })).toBeEnabled();
  });

  it('says so when there is no microphone', async () => {
    withMicrophone(async () => {
      throw Object.assign(new Error('none'), { name: 'NotFoundError' });
    });
    renderWithSettings(<VoiceRecorder onRecorded={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record my voice' }));
    expect(await screen.findByText(/cannot find a microphone/)).toBeInTheDocument();
  });

  it('plays a saved recording with one big button, and says how long it is', async () => {
    withMicrophone(async () => ({ getTracks: () => [] }));
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
    const onRemove = vi.fn();
    const { container } = renderWithSettings(
      <VoiceRecorder onRecorded={() => {}} recordingUrl="blob:test" onRemove={onRemove} />,
    );
    // Not the browser's own player, with its 16 px play icon.
    const audio = container.querySelector('audio')!;
    expect(audio).not.toHaveAttribute('controls');
    Object.defineProperty(audio, 'duration', { value: 65, configurable: true });
    audio.dispatchEvent(new Event('loadedmetadata'));
    expect(
      await screen.findByText('Your recording is 1 minute and 5 seconds long.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Play my recording' }));
    expect(play).toHaveBeenCalledOnce();
    await userEvent.click(await screen.findByRole('button', { name: 'Stop playing' }));
    expect(pause).toHaveBeenCalled();
    expect(await screen.findByRole('button', { name: 'Play my recording' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record again' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete my recording' }));
    expect(onRemove).toHaveBeenCalledOnce();
    await expectNoAxeViolations(container, 'voice recorder with a recording');
    play.mockRestore();
    pause.mockRestore();
  });

  it('finds the length of a recording that does not say it (Chromium WebM)', async () => {
    const { container } = renderWithSettings(
      <VoiceRecorder onRecorded={() => {}} recordingUrl="blob:test" />,
    );
    const audio = container.querySelector('audio')!;
    let length = Infinity;
    Object.defineProperty(audio, 'duration', { get: () => length, configurable: true });
    audio.dispatchEvent(new Event('loadedmetadata'));
    expect(screen.getByText('Your recording is saved.')).toBeInTheDocument();
    length = 4;
    audio.dispatchEvent(new Event('durationchange'));
    expect(await screen.findByText('Your recording is 4 seconds long.')).toBeInTheDocument();
  });

  it('gives the time in words, as people say it, with no time limit', () => {
    const t = i18next.t;
    expect(formatDuration(t, 1)).toBe('1 second');
    expect(formatDuration(t, 59)).toBe('59 seconds');
    expect(formatDuration(t, 60)).toBe('1 minute');
    expect(formatDuration(t, 65)).toBe('1 minute and 5 seconds');
    expect(formatDuration(t, 3600 + 2)).toBe('60 minutes and 2 seconds');
  });
});
