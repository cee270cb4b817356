import { useContext } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { Picture } from '../../../ui/Picture';
import { RecordingPlayer } from '../../../ui/RecordingPlayer';
import { answerState, isQuoted, type Answer } from '../answers';
import { SCALE_SYMBOL } from '../say/symbols';
import { MediaSource } from './mediaSource';

export interface ReadAnswerProps {
  question: string;
  answer: Answer;
  level?: 2 | 3 | 4;
  /** Who wrote the words, when the answer itself does not say (feedback names its helper). */
  authorLine?: string;
}

/** An answer to read or print: the tap, the words with who wrote them, the photo, the recording. */
export function ReadAnswer({ question, answer, level = 3, authorLine }: ReadAnswerProps) {
  const t = useT();
  const Heading = `h${level}` as 'h3';
  const state = answerState(answer);
  return (
    <div class="read-answer">
      <Heading class="read-answer__question">{question}</Heading>
      {state === 'empty' && <p>{t('planner:say.state.empty')}</p>}
      {state === 'declined' && <p>{t('planner:say.state.declined')}</p>}
      {state === 'answered' && (
        <>
          {answer.scale && (
            <p class="status-line">
              <Picture symbol={SCALE_SYMBOL[answer.scale]} alt="" size="small" />
              <span>{t(`planner:answer.scales.${answer.scale}`)}</span>
            </p>
          )}
          {answer.words.trim() && (
            <>
              <p class="author-tag">
                {answer.author
                  ? t(`planner:print.author.${answer.author}`)
                  : (authorLine ?? t('planner:print.author.unknown'))}
              </p>
              <p class={isQuoted(answer) ? 'quote' : 'words'} dir="auto">
                {answer.words}
              </p>
              {isQuoted(answer) && <p>{t('planner:print.quoteMe')}</p>}
            </>
          )}
          {answer.photo && (
            <AnswerPhoto
              sha={answer.photo}
              alt={t('planner:answer.photoAlt', { topic: question })}
            />
          )}
          {answer.drawing && (
            <AnswerPhoto
              sha={answer.drawing}
              alt={t('planner:answer.drawingAlt', { topic: question })}
            />
          )}
          {answer.voice && <AnswerVoice sha={answer.voice} question={question} />}
        </>
      )}
    </div>
  );
}

function AnswerPhoto({ sha, alt }: { sha: string; alt: string }) {
  const { useUrl } = useContext(MediaSource);
  const url = useUrl(sha);
  return url ? <img src={url} alt={alt} class="photo-preview" /> : null;
}

function AnswerVoice({ sha, question }: { sha: string; question: string }) {
  const t = useT();
  const { useUrl, theirs } = useContext(MediaSource);
  const url = useUrl(sha);
  return (
    <>
      {url && (
        <div class="no-print">
          <RecordingPlayer url={url} about={question} theirs={theirs} />
        </div>
      )}
      <p class="print-only">{t('planner:print.voiceOnTablet')}</p>
    </>
  );
}
