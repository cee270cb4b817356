// A page (a photo) or a file (a PDF) of the report, of one of "My documents", or of a letter or
// email kept with a diary entry. One record per
// page, so pages added on two devices both stay, and a removed page can be put back as itself.
// "of" says what it belongs to by a plain key, not a record id: ids made from the plan change when
// a plan is merged at sign-in, and a key does not.
import { choice, media, number, recordId, text } from './fields';
import { defineModel } from './model';
import { DOCUMENT_KINDS } from './document';

export const ATTACHMENT_OWNERS = ['report', ...DOCUMENT_KINDS, 'diary'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

export const ATTACHMENT_TYPES = ['image/jpeg', 'application/pdf'] as const;

export const attachmentModel = defineModel({
  type: 'attachment',
  area: 'actionsAndDiary',
  fields: {
    of: choice(ATTACHMENT_OWNERS),
    /**
     * With "diary": the entry the letter belongs to. A diary entry's id is random, so it stays
     * the same when a plan is merged (unlike the ids made from the plan, see above).
     */
    entry: recordId(),
    sha256: media(),
    mime: choice(ATTACHMENT_TYPES),
    /** A file's own name ("report.pdf"); empty for a photo. */
    name: text(),
    /** Its place in the list: pages are shown smallest first; moving one swaps two numbers. */
    position: number(),
  },
});
