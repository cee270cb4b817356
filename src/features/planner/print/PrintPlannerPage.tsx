import type { ComponentChildren } from 'preact';
import { useT } from '../../../i18n/useT';
import { PageFrame } from '../../../ui/PageFrame';
import { EMPTY_ANSWER } from '../answers';
import { NEEDS, REVIEW, SCHOOL, TAKING_PART } from '../steps';
import { ageBandOf, consentsByKey, showsSchool } from '../progress';
import { consentAllows } from '../consent';
import { consentFromFields } from '../consentRecords';
import { Picture } from '../../../ui/Picture';
import { answersByTheme } from '../say/answersByTheme';
import { THEMES } from '../themes';
import { usePlannerData, type PlannerData } from '../usePlanner';
import { FieldSummary } from './FieldSummary';
import { PrintButton } from './PrintButton';
import { PrintConsent } from './PrintConsent';
import { PrintFeedback } from './PrintFeedback';
import { PrintPeople } from './PrintPeople';
import { ReadAnswer } from './ReadAnswer';
import '../planner.css';
import './print.css';
import { questionModel } from '../../../shared/models/question';

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
      up={{ href: '/planner', label: t('planner:up') }}
    >
      <div class="print-doc">
        <PrintButton />
        <p class="print-name">
          {data.name ? t('planner:print.nameIs', { name: data.name }) : t('planner:print.noName')}
        </p>
        <SharingNote data={data} />
        {/* Consent comes first: without it (or a best-interests decision) the panel must not read
            the rest (domain.md §1.3, the commissioners' document checklists). */}
        <Part title={t('planner:sections.consent.title')}>
          <PrintConsent data={data} />
        </Part>
        <Part title={t('planner:sections.review.title')}>
          <FieldSummary section={REVIEW} data={data.data} printed={printed} />
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
              answer={answers.get(th.id) ?? EMPTY_ANSWER}
            />
          ))}
        </Part>
        <Part title={t('planner:sections.questions.title')}>
          <Questions
            texts={data.questions
              .map((q) => questionModel.decode(q.data).text.trim())
              .filter(Boolean)}
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

/** Said plainly at the top when the person has not agreed to share their planner with the panel. */
function SharingNote({ data }: { data: PlannerData }) {
  const t = useT();
  const share = consentsByKey(data.consents).get('share') ?? consentFromFields(null);
  if (consentAllows(share, ageBandOf(data.data.review))) return null;
  return (
    <p class="print-warning">
      <Picture symbol="warning" alt="" size="small" />
      <span>{t('planner:print.notShared')}</span>
    </p>
  );
}

function Questions({ texts }: { texts: string[] }) {
  const t = useT();
  if (texts.length === 0) return <p>{t('planner:questions.empty')}</p>;
  return (
    <ol>
      {texts.map((q, i) => (
        <li key={i} class="words" dir="auto">
          {q}
        </li>
      ))}
    </ol>
  );
}
