import { useMediaUrl } from '../../../data';
import { useT } from '../../../i18n/useT';
import { LinkButton } from '../../../ui/LinkButton';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { isQuoted, type Answer } from '../answers';
import { answersByTheme } from '../say/answersByTheme';
import { SCALE_SYMBOL } from '../say/symbols';
import { THEMES } from '../themes';
import { usePlannerData } from '../usePlanner';
import { AboutMeTicks, PrintName, QuestionList, questionTexts } from './AboutMeParts';
import { PrintButton } from './PrintButton';
import '../planner.css';
import './print.css';

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
  const questions = questionTexts(data.questions.map((q) => q.data));
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
        <PrintName name={data.name} />
        <AboutMeTicks fields={data.data} Heading="h2" />
        <h2>{t('planner:aboutMe.words')}</h2>
        {quoted.length === 0 && <p>{t('planner:aboutMe.noQuotes')}</p>}
        <div class="about-me__quotes">
          {quoted.map(({ th, a }) => (
            <Quote key={th.id} question={t(`planner:say.themes.${th.id}.short`)} answer={a} />
          ))}
        </div>
        <QuestionList title={t('planner:sections.questions.title')} questions={questions} />
      </div>
    </PageFrame>
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
