import { useCallback, useEffect, useState } from 'react';

/* What the youth forms share beyond ui/fields: focus that follows rows as they come and go. */

/**
 * Moves focus to an element once it is on the page: the first input of a row just added, or the "Add"
 * button after a row is removed.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
