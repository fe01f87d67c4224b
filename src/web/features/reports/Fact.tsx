import type { ReactNode } from 'react';

/** One term and its value in a list of facts (`<dl className="lantern-facts">`). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="lantern-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
