// Who a stuck action's letter goes to: the person named for the action (their email from the care
// team contact, when the action was given one) and the commissioner (a care team contact whose role
// says commissioner, otherwise the commissioner written in "My review").
import type { StoredRecord } from '../../../data';
import { contactModel } from '../../../shared/models/contact';
import { reviewModel } from '../../../shared/models/review';
import type { Fields } from '../../../shared/records';
import type { Action } from './actions';
import { emailIn, type LetterPerson } from './letter';

export function namedPerson(action: Action, contacts: StoredRecord[]): LetterPerson {
  const contact = contacts.find((c) => c.id === action.whoContact);
  const c = contact ? contactModel.decode(contact.data) : null;
  return { name: c?.name.trim() || action.who.trim(), email: c?.email.trim() ?? '' };
}

export function commissioner(contacts: StoredRecord[], review: Fields | null): LetterPerson {
  const fromContacts = contacts
    .map((r) => contactModel.decode(r.data))
    .find((c) => c.role === 'commissioner' && c.name.trim());
  if (fromContacts) return { name: fromContacts.name.trim(), email: fromContacts.email.trim() };
  const r = reviewModel.decode(review);
  return { name: r.commissionerName.trim(), email: emailIn(r.commissionerContact) };
}
