import type { TFunction } from 'i18next';
import { useT } from '../../i18n/useT';
import { feedbackVersionModel } from '../../shared/models/feedbackVersion';
import type { Fields } from '../../shared/records';
import { formatDay } from '../../i18n/dates';
import { ReadAnswer } from '../planner/print/ReadAnswer';
import { FEEDBACK_QUESTIONS, feedbackAnswer, finishedAt } from './feedback';
import { helperLine } from './feedbackText';

/**
 * Every finished version, as it was finished: it stays readable after later changes. Versions
 * kept by an older app as "sent" are shown here too (they were only ever kept on the tablet).
 */
export function FinishedVersions({ versions }: { versions: { id: string; data: Fields }[] }) {
  const t = useT();
  const finished = versions
    .map((v) => ({ ...v, version: feedbackVersionModel.decode(v.data).version }))
    .filter((v) => v.version !== null)
    .sort((a, b) => b.version! - a.version!);
  if (finished.length === 0) return null;
  return (
    <section aria-labelledby="finished-title">
      <h2 id="finished-title">{t('feedback:versions.title')}</h2>
      {finished.map((v) => (
        <details key={v.id} class="card">
          <summary>
            {t('feedback:versions.summary', {
              version: v.version,
              date: formatDay(finishedAt(v.data)),
            })}
          </summary>
          <FeedbackAnswers fields={v.data} level={3} />
        </details>
      ))}
    </section>
  );
}

/** Who helped, then each question and its answer, to read or print. */
export function FeedbackAnswers({ fields, level }: { fields: Fields; level?: 2 | 3 | 4 }) {
  const t = useT();
  const helper = helperLine(t, fields);
  const author = wordsBy(t, fields);
  return (
    <>
      {helper && <p>{helper}</p>}
      {FEEDBACK_QUESTIONS.map((q) => (
        <ReadAnswer
          key={q.id}
          question={t(`feedback:questions.${q.id}.question`)}
          answer={feedbackAnswer(fields, q.id)}
          level={level}
          authorLine={author}
        />
      ))}
    </>
  );
}

/**
 * Feedback does not ask who wrote each answer; it asks who helped. So the words are the person's
 * own when nobody helped, and written with the helper when one is named.
 */
function wordsBy(t: TFunction, fields: Fields): string | undefined {
  if (fields.helperNone === true) return t('planner:print.author.me');
  const name = typeof fields.helperName === 'string' ? fields.helperName.trim() : '';
  return name ? t('feedback:helper.wordsWith', { name }) : undefined;
}
