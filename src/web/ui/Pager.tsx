import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  label: string;
  onPage: (offset: number) => void;
}

/** Previous / next through a list counted by the server, with where you are in words. */
export function Pager({ offset, limit, total, label, onPage }: PagerProps) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav aria-label={label} className="lantern-pager">
      <Button type="button" outline disabled={page <= 1} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('common.previous')}
      </Button>
      <span>{t('common.pageOf', { page, pages })}</span>
      <Button type="button" outline disabled={page >= pages} onClick={() => onPage(offset + limit)}>
        {t('common.next')}
      </Button>
    </nav>
  );
}
