import { describe, expect, it } from 'vitest';
import {
  careTeam,
  mailtoHref,
  splitContactText,
  telHref,
} from '../../../src/features/after/team/contacts';
import type { StoredRecord } from '../../../src/data';
import { CONTACT_ROLES, contactModel } from '../../../src/shared/models/contact';
import { checkFields } from '../../../src/shared/models/check';
import en from '../../../locales/en/afterTeam.json';

const rec = (id: string, type: StoredRecord['type'], data: StoredRecord['data']) =>
  ({ planId: 'p1', id, type, data, rev: {}, deleted: false }) as unknown as StoredRecord;

describe('care team contacts', () => {
  it('offers the plain-language roles and "someone else", each with words and a hint', () => {
    expect(CONTACT_ROLES).toEqual(
      expect.arrayContaining([
        'careCoordinator',
        'namedNurse',
        'commissioner',
        'advocate',
        'socialWorker',
        'gp',
        'other',
      ]),
    );
    for (const role of CONTACT_ROLES) {
      expect(en.roles[role], role).toBeTruthy();
      expect(en.roleHints[role], role).toBeTruthy();
    }
  });

  it('reads a role this version does not know as none, and keeps "other" in their words', () => {
    expect(contactModel.decode({ role: 'wizard' }).role).toBeNull();
    expect(contactModel.decode({ role: 'other', roleOther: 'Music therapist' })).toMatchObject({
      role: 'other',
      roleOther: 'Music therapist',
    });
  });

  it('refuses a role that is not one of the choices', () => {
    expect(checkFields('contact', { role: 'wizard' })).not.toBeNull();
    expect(checkFields('contact', { role: 'gp', workplace: 'Leeds' })).toBeNull();
  });

  it('shows the care co-ordinator and commissioner from My review, never twice', () => {
    const review = rec('review:p1', 'review', {
      careCoordinatorName: 'Dee Okafor',
      careCoordinatorContact: 'dee.okafor@example.org or 01632 960 001',
      commissionerName: 'Sam Reid',
      commissionerContact: '',
    });
    const contacts = [
      rec('c1', 'contact', { name: 'sam reid', role: 'commissioner', phone: '01632 960 999' }),
      rec('c2', 'contact', { name: 'Jo', role: 'advocate' }),
    ];
    const team = careTeam(contacts, review);
    expect(team.map((c) => [c.id, c.name, c.fromReview])).toEqual([
      ['review:p1:careCoordinator', 'Dee Okafor', true],
      ['c1', 'sam reid', false],
      ['c2', 'Jo', false],
    ]);
    expect(team[0]).toMatchObject({ phone: '01632 960 001', email: 'dee.okafor@example.org' });
    expect(careTeam([], null)).toEqual([]);
  });

  it('reads a phone number and an email out of the planner’s one box', () => {
    expect(splitContactText('Call 01632 960 001')).toEqual({ phone: '01632 960 001', email: '' });
    expect(splitContactText('jo@example.org')).toEqual({ phone: '', email: 'jo@example.org' });
    expect(splitContactText('ask at reception')).toEqual({ phone: '', email: '' });
  });

  it('makes tel: and mailto: addresses only from what can be dialled or mailed', () => {
    expect(telHref('01632 960 001')).toBe('tel:01632960001');
    expect(telHref('+44 (0)1632 960-001')).toBe('tel:+4401632960001');
    expect(telHref('ask the ward')).toBeNull();
    expect(mailtoHref(' jo@example.org ')).toBe('mailto:jo@example.org');
    expect(mailtoHref('jo at example')).toBeNull();
  });
});
