import { useT } from '../../i18n/useT';
import { feedbackModel } from '../../shared/models/feedback';
import { feedbackVersionModel } from '../../shared/models/feedbackVersion';
import type { Fields } from '../../shared/records';
import { formatDay } from '../../i18n/dates';
import { ReadAnswer } from '../planner/print/ReadAnswer';
import { FEEDBACK_QUESTIONS, feedbackAnswer } from './feedback';

/** Every version that was sent, as it was sent: it stays readable after later changes. */
export function SentVersions({ versions }: { versions: { id: string; data: Fields }[] }) {
  const t = useT();
  const sent = versions
    .map((v) => ({ ...v, sent: feedbackVersionModel.decode(v.data) }))
    .filter((v) => v.sent.version !== null)
    .sort((a, b) => b.sent.version! - a.sent.version!);
  if (sent.length === 0) return null;
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t('feedback:versions.title')}</h2>
      {sent.map((v) => (
        <details key={v.id} class="card">
          <summary>
            {t('feedback:versions.summary', {
              version: v.sent.version,
              date: formatDay(v.sent.sentAt),
            })}
          </summary>
          <FeedbackHelper fields={v.data} />
          {FEEDBACK_QUESTIONS.map((q) => (
            <ReadAnswer
              key={q.id}
              question={t(`feedback:questions.${q.id}.question`)}
              answer={feedbackAnswer(v.data, q.id)}
              level={3}
            />
          ))}
        </details>
      ))}
    </section>
  );
}

export function FeedbackHelper({ fields }: { fields: Fields }) {
  const t = useT();
  const f = feedbackModel.decode(fields);
  if (f.helperNone) return <p>{t('feedback:helper.nobody')}</p>;
  if (!f.helperName.trim()) return null;
  return (
    <p>
      {t('feedback:helper.summary', {
        name: f.helperName.trim(),
        relation: f.helperRelation.trim() || '–',
      })}
      {f.helpedWhen.trim() && <> {t('feedback:helper.when', { when: f.helpedWhen.trim() })}</>}
    </p>
  );
}
