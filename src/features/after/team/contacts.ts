// The care team as the app shows it: the contact records, and the care co-ordinator and
// commissioner the person already wrote in their planner (My review). Those two stay where the
// planner keeps them (the review record) and are read from there, so nothing is typed twice and
// the two never disagree; they are left out when the same person is also a contact record.
import type { SymbolId } from '../../../content/symbols';
import type { StoredRecord } from '../../../data';
import { contactModel, type ContactRole } from '../../../shared/models/contact';
import { reviewModel } from '../../../shared/models/review';

export interface Contact {
  /** The record's id, or `<review id>:careCoordinator` for one written in My review. */
  id: string;
  name: string;
  role: ContactRole | null;
  /** The role in the person's own words (role "other"). */
  roleOther: string;
  phone: string;
  email: string;
  workplace: string;
  notes: string;
  /** Written in My review (the planner): changed there, not here. */
  fromReview: boolean;
  record: StoredRecord;
}

export const ROLE_SYMBOL: Record<ContactRole, SymbolId> = {
  careCoordinator: 'care-coordinator',
  namedNurse: 'care-team',
  commissioner: 'commissioner',
  advocate: 'advocate',
  socialWorker: 'supporter',
  gp: 'treatment',
  psychiatrist: 'medicines',
  family: 'family',
  other: 'person',
};

/** The planner step where each contact kept in My review is changed. */
export const REVIEW_STEP: Partial<Record<ContactRole, string>> = {
  careCoordinator: '/planner/review/care-coordinator',
  commissioner: '/planner/review/commissioner',
};

export function toContact(record: StoredRecord): Contact {
  const c = contactModel.decode(record.data);
  return {
    id: record.id,
    name: c.name.trim(),
    role: c.role,
    roleOther: c.roleOther.trim(),
    phone: c.phone.trim(),
    email: c.email.trim(),
    workplace: c.workplace.trim(),
    notes: c.notes.trim(),
    fromReview: false,
    record,
  };
}

const PHONE = /\+?\d[\d\s().-]{4,}\d/;
const EMAIL = /[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>().]+/;

/** The one "how to contact them" box of the planner, read as a phone number and an email. */
export function splitContactText(text: string): { phone: string; email: string } {
  const email = EMAIL.exec(text)?.[0] ?? '';
  const phone = PHONE.exec(text.replace(email, ' '))?.[0]?.trim() ?? '';
  return { phone, email };
}

/** The care co-ordinator and the commissioner as written in My review (only those with a name or contact). */
export function contactsFromReview(review: StoredRecord | null | undefined): Contact[] {
  if (!review) return [];
  const r = reviewModel.decode(review.data);
  const people: [ContactRole, string, string][] = [
    ['careCoordinator', r.careCoordinatorName, r.careCoordinatorContact],
    ['commissioner', r.commissionerName, r.commissionerContact],
  ];
  return people.flatMap(([role, name, text]) => {
    if (!name.trim() && !text.trim()) return [];
    return [
      {
        id: `${review.id}:${role}`,
        name: name.trim(),
        role,
        roleOther: '',
        ...splitContactText(text),
        workplace: '',
        notes: text.trim(),
        fromReview: true,
        record: review,
      },
    ];
  });
}

const same = (a: Contact, b: Contact) =>
  a.role === b.role && a.name.toLocaleLowerCase() === b.name.toLocaleLowerCase();

/** Everyone in the care team: My review's two first, then the contacts in the order they were added. */
export function careTeam(
  records: readonly StoredRecord[],
  review: StoredRecord | null | undefined,
): Contact[] {
  const listed = records.map(toContact);
  const fromReview = contactsFromReview(review).filter((r) => !listed.some((c) => same(c, r)));
  return [...fromReview, ...listed];
}

/** A `tel:` address for what was typed, or null when it holds no number to call. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** A `mailto:` address for what was typed, or null when it is not an email address. */
export function mailtoHref(email: string): string | null {
  const e = email.trim();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) ? `mailto:${e}` : null;
}
