// The review pack as it is read and printed: who the person is, how they take part and what helps
// (their "About me"), their questions, and the answers they chose for the panel. The same page
// for the person checking what they send and for the professional who opens it.
import { useT } from '../../i18n/useT';
import { readAnswer } from '../../shared/models/answer';
import type { Fields } from '../../shared/records';
import { useContext } from 'preact/hooks';
import { Picture } from '../../ui/Picture';
import { RecordingPlayer } from '../../ui/RecordingPlayer';
import { MediaSource } from '../planner/print/mediaSource';
import { answerState, type Answer } from '../planner/answers';
import { SCALE_SYMBOL } from '../planner/say/symbols';
import { THEMES } from '../planner/themes';
import { AboutMeTicks, PrintName } from '../planner/print/AboutMeParts';
import { questionModel } from '../../shared/models/question';

export interface PackRecords {
  participation: Fields;
  adjustment: Fields;
  questions: Fields[];
  /** The answers for the panel: the theme (from the record id) and its fields. */
  answers: { theme: string; data: Fields }[];
}

/** Sorts a plan's records (from the device or from the server's view) into the pack's parts. */
export function packOf(records: { id: string; type: string; data: Fields }[]): PackRecords {
  const one = (type: string) => records.find((r) => r.type === type)?.data ?? {};
  return {
    participation: one('participation'),
    adjustment: one('adjustment'),
    questions: records.filter((r) => r.type === 'question').map((r) => r.data),
    answers: records
      .filter((r) => r.type === 'answer')
      .map((r) => ({ theme: r.id.split(':').slice(2).join(':'), data: r.data })),
  };
}

/**
 * The pack. Its photos and recordings come from the MediaSource around it: the device's own on the
 * person's screen, the server through that one delivery on the professional's.
 */
export function PackContent({ name, pack }: { name: string; pack: PackRecords }) {
  const t = useT();
  const questions = pack.questions
    .map((q) => questionModel.decode(q))
    .map((q) => ({ ...q, text: q.text.trim() }))
    .filter((q) => q.text || q.voice || q.photo);
  const order = new Map(THEMES.map((th, i) => [th.id, i]));
  const answers = pack.answers
    .map((a) => ({ theme: a.theme, answer: readAnswer(a.data) }))
    .filter((a) => order.has(a.theme) && answerState(a.answer) === 'answered')
    .sort((a, b) => order.get(a.theme)! - order.get(b.theme)!);
  return (
    <div class="print-doc deliver-doc">
      <PrintName name={name} />
      <h2>{t('deliver:what.aboutMe')}</h2>
      <AboutMeTicks fields={pack} Heading="h3" />
      <h2>{t('deliver:shared.answers')}</h2>
      {answers.length === 0 && <p>{t('deliver:shared.noAnswers')}</p>}
      {answers.map(({ theme, answer }) => (
        <PanelAnswer
          key={theme}
          question={t(`planner:say.themes.${theme}.short`)}
          answer={answer}
        />
      ))}
      {questions.length > 0 && (
        <>
          <h2>{t('deliver:shared.questions')}</h2>
          <ol class="about-me__questions">
            {questions.map((q, i) => (
              <li key={i} class="words" dir="auto">
                {q.text}
                <Media
                  photo={q.photo}
                  voice={q.voice}
                  alt={t('deliver:shared.questionPhotoAlt', { number: i + 1 })}
                  about={t('deliver:shared.questionAbout', { number: i + 1 })}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** A photo and a recording, from wherever this page's MediaSource says. */
function Media(props: { photo: string | null; voice: string | null; alt: string; about: string }) {
  const { useUrl, theirs } = useContext(MediaSource);
  const photo = useUrl(props.photo || null);
  const voice = useUrl(props.voice || null);
  return (
    <>
      {photo && <img src={photo} alt={props.alt} class="photo-preview" />}
      {voice && (
        <div class="no-print">
          <RecordingPlayer url={voice} about={props.about} theirs={theirs} />
        </div>
      )}
    </>
  );
}

function PanelAnswer({ question, answer }: { question: string; answer: Answer }) {
  const t = useT();
  const { useUrl, theirs } = useContext(MediaSource);
  const photo = useUrl(answer.photo || null);
  const drawing = useUrl(answer.drawing || null);
  const voice = useUrl(answer.voice || null);
  return (
    <div class="read-answer">
      <h3 class="read-answer__question">{question}</h3>
      {answer.scale && (
        <p class="status-line">
          <Picture symbol={SCALE_SYMBOL[answer.scale]} alt="" size="small" />
          <span>{t(`planner:answer.scales.${answer.scale}`)}</span>
        </p>
      )}
      {answer.words.trim() && (
        <>
          {answer.author && <p class="author-tag">{t(`planner:print.author.${answer.author}`)}</p>}
          <p class="words" dir="auto">
            {answer.words}
          </p>
        </>
      )}
      {photo && (
        <img
          src={photo}
          alt={t('deliver:shared.photoAlt', { topic: question })}
          class="photo-preview"
        />
      )}
      {drawing && (
        <img
          src={drawing}
          alt={t('deliver:shared.drawingAlt', { topic: question })}
          class="photo-preview"
        />
      )}
      {voice && (
        <div class="no-print">
          <RecordingPlayer url={voice} about={question} theirs={theirs} />
        </div>
      )}
      {answer.voice && <p class="print-only">{t('deliver:shared.recording')}</p>}
    </div>
  );
}
