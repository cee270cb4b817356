import type { SymbolId } from '../../../content/symbols';
import type { AgreeAnswer } from '../../../shared/models/report';

/** "Do I agree?" as pictures: yes, not sure, no. Words are report:agree.<value>. */
export const AGREE_CHOICES: readonly { value: AgreeAnswer; symbol: SymbolId }[] = [
  { value: 'yes', symbol: 'yes' },
  { value: 'notSure', symbol: 'not-sure' },
  { value: 'no', symbol: 'no' },
];

/** How the person asked, as pictures. Words are report:chase.how.<value>. */
export const CHASE_WAY_SYMBOLS = {
  phone: 'phone',
  email: 'email',
  letter: 'letter',
  inPerson: 'talk',
} as const satisfies Record<string, SymbolId>;
