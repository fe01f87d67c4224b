import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A fieldset's legend that is also a heading, so the long record forms can be browsed by heading. The level
 * follows the page (an allegation under the h2 "Allegations" is an h3); the tier sets the size: an
 * allegation, its exploitation details, or a part of those details (means, when, places…).
 */
export function LegendHeading({
  level,
  tier,
  children,
}: {
  level: HeadingLevel;
  tier: 'allegation' | 'details' | 'part';
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <legend className={`usa-legend lantern-legend lantern-legend--${tier}`}>
      <Heading className="lantern-legend-heading">{children}</Heading>
    </legend>
  );
}

/** The next heading level down (never below h6). */
export const below = (level: HeadingLevel): HeadingLevel => (level < 6 ? level + 1 : 6) as HeadingLevel;
