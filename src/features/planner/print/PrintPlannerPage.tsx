import type { ComponentChildren } from 'preact';
import { useT } from '../../../i18n/useT';
import { PageFrame } from '../../../ui/PageFrame';
import { answerFromFields } from '../answers';
import { NEEDS, REVIEW, SCHOOL, TAKING_PART } from '../fieldSteps';
import { showsSchool } from '../progress';
import { answersByTheme } from '../say/answersByTheme';
import { THEMES } from '../themes';
import { usePlannerData } from '../usePlanner';
import { FieldSummary } from './FieldSummary';
import { PrintButton } from './PrintButton';
import { PrintConsent } from './PrintConsent';
import { PrintFeedback } from './PrintFeedback';
import { PrintPeople } from './PrintPeople';
import { ReadAnswer } from './ReadAnswer';
import '../planner.css';
import './print.css';

/** The whole planner on paper, in the order of the NHS planner, so a commissioner knows it. */
export default function PrintPlannerPage() {
  const t = useT();
  const data = usePlannerData();
  if (!data) return null;
  const printed = new Set<string>();
  const answers = answersByTheme(data.answers);
  const cetr = data.data.review.kind === 'cetr';
  return (
    <PageFrame
      title={t(cetr ? 'planner:print.titleCetr' : 'planner:print.title')}
      symbol="planner"
      lede={t('planner:print.lede')}
    >
      <div class="print-doc">
        <PrintButton />
        <p class="print-name">
          {data.name ? t('planner:print.nameIs', { name: data.name }) : t('planner:print.noName')}
        </p>
        <Part title={t('planner:sections.review.title')}>
          <FieldSummary section={REVIEW} data={data.data} printed={printed} />
        </Part>
        <Part title={t('planner:sections.consent.title')}>
          <PrintConsent data={data} />
        </Part>
        <Part title={t('planner:sections.people.title')}>
          <PrintPeople data={data} />
        </Part>
        <Part title={t('planner:sections.takingPart.title')}>
          <FieldSummary section={TAKING_PART} data={data.data} printed={printed} />
        </Part>
        <Part title={t('planner:sections.say.title')}>
          {THEMES.map((th) => (
            <ReadAnswer
              key={th.id}
              question={t(`planner:say.themes.${th.id}.question`)}
              answer={answers.get(th.id) ?? answerFromFields(null)}
            />
          ))}
        </Part>
        <Part title={t('planner:sections.questions.title')}>
          <Questions
            texts={data.questions.map((q) => String(q.data.text ?? '').trim()).filter(Boolean)}
          />
        </Part>
        <Part title={t('planner:sections.needs.title')}>
          <FieldSummary section={NEEDS} data={data.data} printed={printed} />
        </Part>
        {showsSchool(data.data.review) && (
          <Part title={t('planner:sections.school.title')}>
            <FieldSummary section={SCHOOL} data={data.data} printed={printed} />
          </Part>
        )}
        <PrintFeedback />
      </div>
    </PageFrame>
  );
}

export function Part({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="part">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Questions({ texts }: { texts: string[] }) {
  const t = useT();
  if (texts.length === 0) return <p>{t('planner:questions.empty')}</p>;
  return (
    <ol>
      {texts.map((q, i) => (
        <li key={i} class="words">
          {q}
        </li>
      ))}
    </ol>
  );
}
