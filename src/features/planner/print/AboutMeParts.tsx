// "About me" as the person hands it over and as it goes in the review pack: their name, the ways
// they take part and what helps (the options they ticked), and their questions. One set of parts,
// so the page and the pack say the same things the same way.
import { useT } from '../../../i18n/useT';
import { questionModel } from '../../../shared/models/question';
import type { Fields } from '../../../shared/records';
import { Picture } from '../../../ui/Picture';
import type { FieldSpec, Singletons } from '../fieldSteps';
import { NEEDS, TAKING_PART } from '../steps';

type Checks = Extract<FieldSpec, { kind: 'checks' }>;
const checksOf = (steps: typeof TAKING_PART.steps, id: string) =>
  steps.find((s) => s.id === id)!.fields.filter((f): f is Checks => f.kind === 'checks');

/** The questions' words, without the empty ones. */
export function questionTexts(questions: Fields[]): string[] {
  return questions.map((q) => questionModel.decode(q).text.trim()).filter(Boolean);
}

export function PrintName({ name }: { name: string }) {
  const t = useT();
  return (
    <p class="print-name">
      {name ? t('planner:print.nameIs', { name }) : t('planner:print.noName')}
    </p>
  );
}

/** How I take part and what helps, side by side; `Heading` fits where they sit in the page. */
export function AboutMeTicks(props: { fields: Partial<Singletons>; Heading: 'h2' | 'h3' }) {
  const t = useT();
  return (
    <div class="about-me__grid">
      <Ticked
        {...props}
        title={t('planner:aboutMe.ways')}
        checks={checksOf(TAKING_PART.steps, 'ways')}
      />
      <Ticked
        {...props}
        title={t('planner:aboutMe.helps')}
        checks={[
          ...checksOf(TAKING_PART.steps, 'helps'),
          ...checksOf(NEEDS.steps, 'senses'),
          ...checksOf(NEEDS.steps, 'understand'),
        ]}
      />
    </div>
  );
}

function Ticked({
  title,
  fields,
  Heading,
  checks,
}: {
  title: string;
  fields: Partial<Singletons>;
  Heading: 'h2' | 'h3';
  checks: Checks[];
}) {
  const t = useT();
  const seen = new Set<string>();
  const on = checks.flatMap((c) =>
    c.options.filter(
      (o) => fields[c.record]?.[o.field] === true && !seen.has(o.field) && seen.add(o.field),
    ),
  );
  return (
    <section>
      <Heading>{title}</Heading>
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

/** The person's own questions, numbered. */
export function QuestionList({ title, questions }: { title: string; questions: string[] }) {
  if (questions.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ol class="about-me__questions">
        {questions.map((q, i) => (
          <li key={i} class="words" dir="auto">
            {q}
          </li>
        ))}
      </ol>
    </>
  );
}
