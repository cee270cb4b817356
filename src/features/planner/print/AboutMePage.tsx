import { useMediaUrl } from '../../../data';
import { useT } from '../../../i18n/useT';
import { LinkButton } from '../../../ui/LinkButton';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { isQuoted, type Answer } from '../answers';
import type { FieldSpec } from '../fieldSteps';
import { NEEDS, TAKING_PART } from '../steps';
import { answersByTheme } from '../say/answersByTheme';
import { SCALE_SYMBOL } from '../say/symbols';
import { THEMES } from '../themes';
import { usePlannerData, type PlannerData } from '../usePlanner';
import { PrintButton } from './PrintButton';
import '../planner.css';
import './print.css';
import { questionModel } from '../../../shared/models/question';

type Checks = Extract<FieldSpec, { kind: 'checks' }>;
const checksOf = (steps: typeof TAKING_PART.steps, id: string) =>
  steps.find((s) => s.id === id)!.fields.filter((f): f is Checks => f.kind === 'checks');

/**
 * One page the person can hand over: who they are, how they want to take part, what helps, and
 * the answers they asked to be quoted, in their own words and pictures.
 */
export default function AboutMePage() {
  const t = useT();
  const data = usePlannerData();
  if (!data) return null;
  const answers = answersByTheme(data.answers);
  const quoted = THEMES.map((th) => ({ th, a: answers.get(th.id) })).filter(
    (x): x is { th: (typeof THEMES)[number]; a: Answer } => !!x.a && isQuoted(x.a),
  );
  const questions = data.questions
    .map((q) => questionModel.decode(q.data).text.trim())
    .filter(Boolean);
  return (
    <PageFrame
      title={t('planner:aboutMe.title')}
      symbol="person"
      lede={t('planner:aboutMe.lede')}
      up={{ href: '/planner', label: t('planner:up') }}
    >
      <div class="print-doc about-me">
        <PrintButton label={t('planner:aboutMe.print')} />
        <div class="button-row no-print">
          <LinkButton href="/send/pack" symbol="review-pack">
            {t('planner:overview.sendPack')}
          </LinkButton>
        </div>
        <p class="print-name">
          {data.name ? t('planner:print.nameIs', { name: data.name }) : t('planner:print.noName')}
        </p>
        <div class="about-me__grid">
          <Ticked
            title={t('planner:aboutMe.ways')}
            data={data}
            checks={checksOf(TAKING_PART.steps, 'ways')}
          />
          <Ticked
            title={t('planner:aboutMe.helps')}
            data={data}
            checks={[
              ...checksOf(TAKING_PART.steps, 'helps'),
              ...checksOf(NEEDS.steps, 'senses'),
              ...checksOf(NEEDS.steps, 'understand'),
            ]}
          />
        </div>
        <h2>{t('planner:aboutMe.words')}</h2>
        {quoted.length === 0 && <p>{t('planner:aboutMe.noQuotes')}</p>}
        <div class="about-me__quotes">
          {quoted.map(({ th, a }) => (
            <Quote key={th.id} question={t(`planner:say.themes.${th.id}.short`)} answer={a} />
          ))}
        </div>
        {questions.length > 0 && (
          <>
            <h2>{t('planner:sections.questions.title')}</h2>
            <ol class="about-me__questions">
              {questions.map((q, i) => (
                <li key={i} class="words" dir="auto">
                  {q}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </PageFrame>
  );
}

function Ticked({ title, data, checks }: { title: string; data: PlannerData; checks: Checks[] }) {
  const t = useT();
  const seen = new Set<string>();
  const on = checks.flatMap((c) =>
    c.options.filter(
      (o) => data.data[c.record][o.field] === true && !seen.has(o.field) && seen.add(o.field),
    ),
  );
  return (
    <section>
      <h2>{title}</h2>
      {on.length === 0 ? (
        <p>{t('planner:print.notFilled')}</p>
      ) : (
        <ul class="picked">
          {on.map((o) => (
            <li key={o.field}>
              <Picture symbol={o.symbol} alt="" size="small" />
              <span>{t(o.label)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Quote({ question, answer }: { question: string; answer: Answer }) {
  const t = useT();
  const photo = useMediaUrl(answer.photo);
  return (
    <figure class="about-me__quote">
      <figcaption class="read-answer__question">
        {answer.scale && (
          <Picture
            symbol={SCALE_SYMBOL[answer.scale]}
            alt={t(`planner:answer.scales.${answer.scale}`)}
            size="icon"
          />
        )}
        <span>{question}</span>
      </figcaption>
      <blockquote class="quote" dir="auto">
        {answer.words}
      </blockquote>
      {photo && (
        <img
          src={photo}
          alt={t('planner:answer.photoAlt', { topic: question })}
          class="about-me__photo"
        />
      )}
    </figure>
  );
}
