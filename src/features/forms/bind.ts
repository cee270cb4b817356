import type { RecordRef } from '../../data';

/**
 * The props every bound control takes for one field of one record: where it saves, which field,
 * and what is saved there now. `const bind = bindTo(ref, entry)`, then `<BoundText {...bind('when')} />`.
 */
export function bindTo<T extends object>(recordRef: RecordRef, values: T) {
  return <K extends keyof T & string>(field: K) => ({ recordRef, field, saved: values[field] });
}
