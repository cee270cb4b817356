import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { Button } from './Button';
import { editingGuard } from './editingGuard';
import { formatDuration } from './duration';
import { LiveStatus } from './LiveStatus';
import { RecordingPlayer } from './RecordingPlayer';

export { formatDuration };

export interface VoiceRecorderProps {
  /** The Record button's words when there is no recording yet, e.g. "Record my answer". */
  label?: string;
  /** An object URL of the recording already saved, to play it back. */
  recordingUrl?: string;
  /** Gets the finished recording. The bytes are stored as an ArrayBuffer: Safari loses Blobs. */
  onRecorded: (bytes: ArrayBuffer, mime: string) => Promise<void> | void;
  /** Shows a "Delete my recording" button when given. */
  onRemove?: () => void;
}

type Phase = 'idle' | 'starting' | 'recording' | 'saving';
type Problem = 'unsupported' | 'denied' | 'noMicrophone' | 'failed' | null;

/** Containers in the order we prefer them; Safari records only MP4. */
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];

function canRecord(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.MediaRecorder !== 'undefined' &&
    !!navigator.mediaDevices?.getUserMedia
  );
}

function problemOf(error: unknown): Problem {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noMicrophone';
  return 'failed';
}

/**
 * Records the person's voice with the tablet's microphone: big Record and Stop buttons, how long
 * it has been recording in words, no time limit, and a big button to play the recording back. When there is
 * no microphone, or the person (or the tablet) says no, it says so plainly: they can type instead.
 */
export function VoiceRecorder({ label, recordingUrl, onRecorded, onRemove }: VoiceRecorderProps) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<Problem>(() => (canRecord() ? null : 'unsupported'));
  const [seconds, setSeconds] = useState(0);
  const [message, setMessage] = useState('');
  const recorder = useRef<MediaRecorder | null>(null);
  const release = useRef<(() => void) | null>(null);
  const onRecordedRef = useRef(onRecorded);
  onRecordedRef.current = onRecorded;

  useEffect(() => {
    if (phase !== 'recording') return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [phase]);

  // Leaving the screen while recording keeps what was said: stopping saves it.
  useEffect(
    () => () => {
      if (recorder.current?.state === 'recording') recorder.current.stop();
    },
    [],
  );

  const start = async () => {
    setProblem(null);
    setMessage('');
    setPhase('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setProblem(problemOf(error));
      setPhase('idle');
      return;
    }
    const mimeType = MIME_TYPES.find((m) => MediaRecorder.isTypeSupported?.(m));
    const rec = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => {
      if (e.data.size) chunks.push(e.data);
    };
    rec.onstop = async () => {
      for (const track of stream.getTracks()) track.stop();
      setPhase('saving');
      try {
        const mime = (rec.mimeType || mimeType || 'audio/webm').split(';')[0]!;
        const blob = new Blob(chunks, { type: mime });
        await onRecordedRef.current(await blob.arrayBuffer(), mime);
        setMessage(t('common:voice.saved'));
      } catch {
        setProblem('failed');
      } finally {
        setPhase('idle');
        release.current?.();
        release.current = null;
      }
    };
    recorder.current = rec;
    // A new version of the app must not reload the page while someone is speaking.
    release.current = editingGuard.hold();
    rec.start(1000);
    setSeconds(0);
    setPhase('recording');
    setMessage(t('common:voice.recordingNow'));
  };

  const stop = () => recorder.current?.state === 'recording' && recorder.current.stop();

  return (
    <div class="voice">
      {recordingUrl && phase === 'idle' && <RecordingPlayer url={recordingUrl} />}
      {phase === 'recording' ? (
        <div class="button-row">
          <Button variant="warning" symbol="stop" onPress={stop} class="voice__big">
            {t('common:voice.stop')}
          </Button>
          <p class="voice__time" role="timer">
            {t('common:voice.elapsed', { time: formatDuration(t, seconds) })}
          </p>
        </div>
      ) : (
        problem !== 'unsupported' && (
          <div class="button-row">
            <Button
              symbol="microphone"
              onPress={start}
              isDisabled={phase !== 'idle'}
              class="voice__big"
            >
              {recordingUrl ? t('common:voice.again') : (label ?? t('common:voice.record'))}
            </Button>
            {recordingUrl && onRemove && phase === 'idle' && (
              <Button variant="secondary" symbol="remove" onPress={onRemove}>
                {t('common:voice.remove')}
              </Button>
            )}
          </div>
        )
      )}
      {problem && <p class="voice__problem">{t(`common:voice.problems.${problem}`)}</p>}
      <LiveStatus class="voice__status">
        {phase === 'saving' ? t('common:voice.saving') : message}
      </LiveStatus>
    </div>
  );
}
