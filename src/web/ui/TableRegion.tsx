import type { ReactNode } from 'react';

/**
 * A wide table that can scroll sideways on small screens. The wrapper is a named, focusable region so
 * keyboard users can scroll it too.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="lantern-table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
