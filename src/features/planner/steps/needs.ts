import type { FieldSection } from '../fieldSteps';
import {
  bestTime,
  CHECK_BREAKS,
  CHECK_FEWER,
  CHECK_LIGHTS,
  CHECK_QUIET,
  CHECK_SLOW,
  withMe,
} from './shared';

// ---------- 6. What I need on the day ----------

export const NEEDS: FieldSection = {
  id: 'needs',
  path: '/planner/needs',
  steps: [
    {
      id: 'place',
      title: 'planner:needs.place.title',
      hint: 'planner:needs.place.hint',
      symbol: 'place',
      learn: '/learn/getting-ready',
      fields: [
        {
          kind: 'text',
          record: 'adjustment',
          field: 'placeWords',
          label: 'planner:needs.place.label',
          multiline: true,
        },
      ],
    },
    bestTime,
    {
      id: 'senses',
      title: 'planner:needs.senses.title',
      hint: 'planner:needs.senses.hint',
      symbol: 'dim-lights',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:needs.senses.label',
          options: [
            CHECK_QUIET,
            CHECK_LIGHTS,
            CHECK_FEWER,
            { field: 'noSmells', label: 'planner:needs.options.noSmells', symbol: 'nose' },
            { field: 'spaceToMove', label: 'planner:needs.options.spaceToMove', symbol: 'walking' },
            { field: 'comfortItem', label: 'planner:needs.options.comfortItem', symbol: 'teddy' },
          ],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'sensoryWords',
          label: 'planner:needs.senses.words',
          multiline: true,
        },
      ],
    },
    {
      id: 'understand',
      title: 'planner:needs.understand.title',
      hint: 'planner:needs.understand.hint',
      symbol: 'speech',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:needs.understand.label',
          options: [
            { field: 'easyRead', label: 'planner:needs.options.easyRead', symbol: 'book' },
            {
              field: 'interpreter',
              label: 'planner:needs.options.interpreter',
              symbol: 'language',
            },
            CHECK_SLOW,
            { field: 'pictures', label: 'planner:needs.options.pictures', symbol: 'pictures' },
          ],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'interpreterLanguage',
          label: 'planner:needs.understand.language',
          width: 'medium',
        },
      ],
    },
    {
      id: 'breaks',
      title: 'planner:needs.breaks.title',
      symbol: 'cup',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:needs.breaks.label',
          options: [CHECK_BREAKS],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'breaksWords',
          label: 'planner:needs.breaks.words',
          multiline: true,
        },
      ],
    },
    withMe,
    {
      id: 'other',
      title: 'planner:needs.other.title',
      symbol: 'thought',
      fields: [
        {
          kind: 'text',
          record: 'adjustment',
          field: 'otherNeeds',
          label: 'planner:needs.other.label',
          multiline: true,
        },
      ],
    },
  ],
};
