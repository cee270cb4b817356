import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { Picture } from '../../../ui/Picture';
import {
  stepHasAnswer,
  visibleSteps,
  type FieldSection,
  type FieldSpec,
  type Singletons,
} from '../fieldSteps';

/**
 * A question section as it reads on paper: each step's question, then what was chosen and written.
 * Steps shown in an earlier section (the same answer asked in two places) are not repeated.
 */
export function FieldSummary({
  section,
  data,
  printed,
}: {
  section: FieldSection;
  data: Singletons;
  printed: Set<string>;
}) {
  const t = useT();
  const steps = visibleSteps(section, data).filter((s) => {
    const key = s.fields
      .map((f) => (f.kind === 'checks' ? f.options.map((o) => o.field).join() : f.field))
      .join();
    if (printed.has(key)) return false;
    printed.add(key);
    return true;
  });
  return (
    <>
      {steps.map((s) => (
        <div key={s.id} class="read-answer">
          <h3 class="read-answer__question">{t(s.title)}</h3>
          {stepHasAnswer(s, data) ? (
            s.fields.map((f, i) => <FieldValue key={i} spec={f} data={data} />)
          ) : (
            <p>{t('planner:print.notFilled')}</p>
          )}
        </div>
      ))}
    </>
  );
}

function FieldValue({ spec, data }: { spec: FieldSpec; data: Singletons }) {
  const t = useT();
  const fields = data[spec.record];
  if (spec.kind === 'checks') {
    const on = spec.options.filter((o) => fields[o.field] === true);
    if (on.length === 0) return null;
    return (
      <ul class="picked">
        {on.map((o) => (
          <li key={o.field}>
            <Picture symbol={o.symbol} alt="" size="icon" />
            <span>{t(o.label)}</span>
          </li>
        ))}
      </ul>
    );
  }
  const value = fields[spec.field];
  if (typeof value !== 'string' || !value.trim()) return null;
  if (spec.kind === 'choice') {
    const option = spec.options.find((o) => o.value === value);
    if (!option) return null;
    return (
      <p class="status-line">
        <Picture symbol={option.symbol} alt="" size="icon" />
        <span>{t(option.label)}</span>
      </p>
    );
  }
  return (
    <p>
      <span class="field-name">{t(spec.label)}:</span>{' '}
      <span class="words" dir="auto">
        {spec.type === 'date' ? formatDay(value) : value}
      </span>
    </p>
  );
}
