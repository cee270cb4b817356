// Whose plan, in words: "Sam's plan" when the person has given a name, "Someone's plan" otherwise.
import type { TFunction } from 'i18next';
import type { PlanChoice } from '../../data';

export function planLabel(t: TFunction, choice: PlanChoice): string {
  if (choice.plan.role === 'owner') return t('plans:whose.mine');
  return choice.name ? t('plans:whose.named', { name: choice.name }) : t('plans:whose.someone');
}
