import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import type { FieldSection, FieldSpec, Singletons } from './fieldSteps';
import { stepHasAnswer, visibleSteps } from './fieldSteps';
import { BoundChecks } from '../forms/BoundChecks';
import { BoundChoice } from '../forms/BoundChoice';
import { BoundText } from '../forms/BoundText';
import { StepScreen } from '../forms/StepScreen';
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
  return (
    <StepScreen
      section={{ title: sectionTitle, href: '/planner' }}
      steps={steps.map((s) => ({
        id: s.id,
        label: t(s.title),
        done: stepHasAnswer(s, loaded.data),
      }))}
      current={step}
      basePath={section.path}
    >
      {(_, index) => {
        const current = steps[index]!;
        return {
          title: t(current.title),
          hint: current.hint && t(current.hint),
          symbol: current.symbol,
          learn: current.learn,
          body: (
            <>
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
            </>
          ),
        };
      }}
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
