// The review pack as it is read and printed: who the person is, how they take part and what helps
// (their "About me"), their questions, and the answers they chose for the panel. The same page
// for the person checking what they send and for the professional who opens it.
import { useT } from '../../i18n/useT';
import { readAnswer } from '../../shared/models/answer';
import type { Fields } from '../../shared/records';
import { Picture } from '../../ui/Picture';
import { answerState, type Answer } from '../planner/answers';
import { SCALE_SYMBOL } from '../planner/say/symbols';
import { THEMES } from '../planner/themes';
import {
  AboutMeTicks,
  PrintName,
  QuestionList,
  questionTexts,
} from '../planner/print/AboutMeParts';

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

export function PackContent({
  name,
  pack,
  photoUrl,
}: {
  name: string;
  pack: PackRecords;
  /** Where a photo or drawing can be shown from, if it can. */
  photoUrl: (sha256: string) => string | undefined;
}) {
  const t = useT();
  const questions = questionTexts(pack.questions);
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
          photoUrl={photoUrl}
        />
      ))}
      <QuestionList title={t('deliver:shared.questions')} questions={questions} />
    </div>
  );
}

function PanelAnswer({
  question,
  answer,
  photoUrl,
}: {
  question: string;
  answer: Answer;
  photoUrl: (sha256: string) => string | undefined;
}) {
  const t = useT();
  const photo = answer.photo ? photoUrl(answer.photo) : undefined;
  const drawing = answer.drawing ? photoUrl(answer.drawing) : undefined;
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
          <p class="words">{answer.words}</p>
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
      {answer.voice && <p>{t('deliver:shared.recording')}</p>}
    </div>
  );
}
