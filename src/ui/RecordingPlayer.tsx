import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { Button } from './Button';
import { formatDuration } from './duration';
import { HiddenContext } from './HiddenContext';

export interface RecordingPlayerProps {
  /** An object URL of the recording. */
  url: string;
  /** Which recording, for screen readers, when a screen has more than one ("Play my recording (My day)"). */
  about?: string;
  /** Someone else's recording (a professional's view of what was sent): "Play the recording". */
  theirs?: boolean;
}

/**
 * Plays a recording back with one big button ("Play my recording", then "Stop playing"), and says
 * how long it is in words. The browser's own player is a row of small controls (a play icon of
 * about 16 px) that many people cannot see or hit.
 */
export function RecordingPlayer({ url, about, theirs = false }: RecordingPlayerProps) {
  const t = useT();
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [seconds, setSeconds] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    setSeconds(null);
    setPlaying(false);
    setFailed(false);
    let seeking = false;
    const read = () => {
      if (Number.isFinite(el.duration)) {
        setSeconds(Math.max(1, Math.round(el.duration)));
        if (seeking) {
          seeking = false;
          el.currentTime = 0;
        }
      } else if (!seeking && el.duration === Infinity) {
        // Chromium's MediaRecorder writes WebM with no length in it: the length is only known
        // once the player has looked at the end, so send it there once, then back to the start.
        seeking = true;
        el.currentTime = Number.MAX_SAFE_INTEGER;
      }
    };
    const ended = () => setPlaying(false);
    el.addEventListener('loadedmetadata', read);
    el.addEventListener('durationchange', read);
    el.addEventListener('ended', ended);
    el.addEventListener('pause', ended);
    if (el.readyState >= 1) read();
    return () => {
      el.removeEventListener('loadedmetadata', read);
      el.removeEventListener('durationchange', read);
      el.removeEventListener('ended', ended);
      el.removeEventListener('pause', ended);
    };
  }, [url]);

  const toggle = async () => {
    const el = audio.current;
    if (!el) return;
    if (playing) {
      el.pause();
      el.currentTime = 0;
      setPlaying(false);
      return;
    }
    setFailed(false);
    try {
      el.currentTime = 0;
      setPlaying(true);
      await el.play();
    } catch {
      setPlaying(false);
      setFailed(true);
    }
  };

  return (
    <div class="voice__player">
      {/* The person's own voice, recorded on this tablet: there is no caption track to give. Their
          typed words, when they give them, sit beside it. The button below plays it. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio ref={audio} src={url} preload="metadata" class="voice__audio" />
      <div class="button-row">
        <Button
          variant={playing ? 'warning' : 'primary'}
          symbol={playing ? 'stop' : 'play'}
          onPress={() => void toggle()}
          class="voice__big"
        >
          {playing
            ? t('common:voice.stopPlaying')
            : t(theirs ? 'common:voice.playTheirs' : 'common:voice.play')}
          {about && <HiddenContext>{about}</HiddenContext>}
        </Button>
      </div>
      <p class="voice__length">
        {seconds === null
          ? t(theirs ? 'common:voice.lengthTheirsUnknown' : 'common:voice.lengthUnknown')
          : t(theirs ? 'common:voice.lengthTheirs' : 'common:voice.length', {
              time: formatDuration(t, seconds),
            })}
      </p>
      {failed && <p class="voice__problem">{t('common:voice.problems.cannotPlay')}</p>}
    </div>
  );
}
