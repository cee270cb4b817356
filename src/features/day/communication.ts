// "How I communicate": one `communication` record per plan (a singleton), one text field per
// question. It is the information services must record and act on under the NHS Accessible
// Information Standard (domain.md §2.3), in the person's own words.
import type { TFunction } from 'i18next';
import { isSymbolId, type SymbolId } from '../../content/symbols';
import { COMMUNICATION_FIELDS, type CommunicationField } from '../../shared/models/communication';

export { COMMUNICATION_FIELDS, type CommunicationField };

export interface CommunicationQuestion {
  field: CommunicationField;
  label: string;
  hint: string;
  symbol: SymbolId;
}

export function communicationQuestions(t: TFunction): CommunicationQuestion[] {
  return COMMUNICATION_FIELDS.map((field) => {
    const symbol = t(`day:communication.questions.${field}.symbol`);
    return {
      field,
      label: t(`day:communication.questions.${field}.label`),
      hint: t(`day:communication.questions.${field}.hint`),
      symbol: isSymbolId(symbol) ? symbol : 'speech',
    };
  });
}

export const COMMUNICATION_PATH = '/day/communication';
export const COMMUNICATION_SHOW_PATH = '/day/communication/show';
