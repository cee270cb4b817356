import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../content/symbols';
import { Picture } from './Picture';

export interface PersonCardProps {
  /** Makes the heading's id, which names the card for screen readers. */
  id: string;
  name: string;
  /** The picture of their role, shown when there is no photo of them. */
  symbol: SymbolId;
  /** Their photo (an object URL), if the person added one. */
  photo?: string | undefined;
  /** Words for their photo, when it says more than the name beside it ("Photo of Priya"). */
  photoAlt?: string | undefined;
  /** Their role or relation, in bold under the name. */
  roleName?: string | undefined;
  /** 2 on a page that lists only people; 3 under a section heading. */
  headingLevel?: 2 | 3;
  /** More lines about them (how they join, whether they take part…). */
  children?: ComponentChildren;
  /** Buttons for this person (change, remove); left out of print-outs. */
  actions?: ComponentChildren;
  variant?: 'empty';
}

/**
 * One person, the same everywhere the app shows people (the planner's list, Who's who): their photo
 * or a picture of their role, their name, their role. The picture's words are the name and role
 * right beside it, so it has no text of its own.
 */
export function PersonCard(props: PersonCardProps) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `person-${props.id}`;
  return (
    <li
      class={
        props.variant
          ? `list-card person-card person-card--${props.variant}`
          : 'list-card person-card'
      }
      aria-labelledby={headingId}
    >
      <Picture
        symbol={props.symbol}
        photo={props.photo}
        alt={props.photo && props.photoAlt ? props.photoAlt : ''}
        size="large"
      />
      <div class="person-card__words">
        <Heading id={headingId} class="person-card__name" dir="auto">
          {props.name}
        </Heading>
        {props.roleName && <p class="person-card__role">{props.roleName}</p>}
        {props.children}
        {props.actions && <div class="button-row no-print">{props.actions}</div>}
      </div>
    </li>
  );
}
