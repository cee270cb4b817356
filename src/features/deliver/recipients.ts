// The professionals the person can send to: the review's contacts the planner asks for (the
// commissioner and the care co-ordinator), with an email address found in what was typed about
// how to contact them, if there is one.
import type { ProfessionalRole } from '../../shared/deliveries';
import { reviewModel } from '../../shared/models/review';
import type { Fields } from '../../shared/records';

export interface Recipient {
  role: ProfessionalRole;
  name: string;
  /** An address from their contact details, or '' for the person to type. */
  email: string;
}

const EMAIL_IN_TEXT = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[^\s@<>(),;:"'.]+/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first email address in free text ("Jo, 01234 567890, jo.smith@nhs.net"), or ''. */
export function emailIn(text: string): string {
  return EMAIL_IN_TEXT.exec(text)?.[0] ?? '';
}

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** The commissioner first (feedback goes to them), then the care co-ordinator; named ones only. */
export function recipientsOf(review: Fields | null | undefined): Recipient[] {
  const r = reviewModel.decode(review);
  const all: Recipient[] = [
    {
      role: 'commissioner',
      name: r.commissionerName.trim(),
      email: emailIn(r.commissionerContact),
    },
    {
      role: 'careCoordinator',
      name: r.careCoordinatorName.trim(),
      email: emailIn(r.careCoordinatorContact),
    },
  ];
  return all.filter((x) => x.name !== '');
}

/** "Jo" from "Jo Smith": the short name the status lines use. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
