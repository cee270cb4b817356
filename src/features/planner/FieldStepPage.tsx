import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import type { FieldSection, FieldSpec, Singletons } from './fieldSteps';
import { stepHasAnswer, visibleSteps } from './fieldSteps';
import { BoundChecks } from './ui/BoundChecks';
import { BoundChoice } from './ui/BoundChoice';
import { BoundText } from './ui/BoundText';
import { StepScreen } from './ui/StepScreen';
import { usePlanId, useSingletons, type SingletonData } from './usePlanner';
import { fieldProblem } from './fieldChecks';

export interface FieldStepPageProps {
  section: FieldSection;
  sectionTitle: string;
  step?: string;
}

/** One step of a question section: its boxes and cards, bound to the records they fill in. */
export function FieldStepPage({ section, sectionTitle, step }: FieldStepPageProps) {
  const t = useT();
  const loaded = useSingletons(usePlanId());
  if (!loaded) return null;
  const steps = visibleSteps(section, loaded.data);
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === step),
  );
  const current = steps[index]!;
  const href = (id: string) => `${section.path}/${id}`;
  return (
    <StepScreen
      key={current.id}
      section={{ title: sectionTitle, href: '/planner' }}
      title={t(current.title)}
      hint={current.hint && t(current.hint)}
      symbol={current.symbol}
      learn={current.learn}
      steps={steps.map((s) => ({
        href: href(s.id),
        label: t(s.title),
        done: stepHasAnswer(s, loaded.data),
      }))}
      current={index}
      prev={index > 0 ? href(steps[index - 1]!.id) : undefined}
      next={index < steps.length - 1 ? href(steps[index + 1]!.id) : undefined}
    >
      {current.fields.map((f) => (
        <Field key={fieldKey(f)} spec={f} loaded={loaded} />
      ))}
      {current.seeAlso && (
        <>
          <p>{t(current.seeAlso.text)}</p>
          <LinkButton href={current.seeAlso.href} symbol="next">
            {t(current.seeAlso.link)}
          </LinkButton>
        </>
      )}
    </StepScreen>
  );
}

function fieldKey(f: FieldSpec): string {
  return f.kind === 'checks'
    ? `${f.record}:${f.options.map((o) => o.field).join(',')}`
    : `${f.record}:${f.field}`;
}

function Field({ spec, loaded }: { spec: FieldSpec; loaded: SingletonData }) {
  const t = useT();
  const ref = loaded.refs[spec.record];
  const data: Singletons = loaded.data;
  const fields = data[spec.record];
  const hint = spec.hint && t(spec.hint);
  if (spec.kind === 'checks') {
    return (
      <BoundChecks
        recordRef={ref}
        data={fields}
        label={t(spec.label)}
        hint={hint}
        options={spec.options.map((o) => ({ value: o.field, label: t(o.label), symbol: o.symbol }))}
      />
    );
  }
  if (spec.kind === 'choice') {
    return (
      <BoundChoice
        recordRef={ref}
        field={spec.field}
        saved={fields[spec.field]}
        label={t(spec.label)}
        hint={hint}
        columns={spec.columns}
        choices={spec.options.map((o) => ({
          value: o.value,
          label: t(o.label),
          symbol: o.symbol,
          hint: o.hint && t(o.hint),
        }))}
      />
    );
  }
  const saved = fields[spec.field];
  const problem = fieldProblem(spec, saved);
  return (
    <BoundText
      recordRef={ref}
      field={spec.field}
      saved={typeof saved === 'string' ? saved : ''}
      label={t(spec.label)}
      hint={hint}
      multiline={spec.multiline}
      type={spec.type}
      autoComplete={spec.autoComplete}
      width={spec.width}
      problem={problem && t(problem)}
    />
  );
}
