import { useTranslation } from 'react-i18next';
import { Button, Table, Tag } from '@trussworks/react-uswds';
import { formatDateTime } from '@web/ui/format';
import { TableRegion } from '@web/ui/TableRegion';
import type { User } from './api';

interface UsersTableProps {
  users: readonly User[];
  total: number;
  offset: number;
  canManage: boolean;
  onEdit: (user: User, button: HTMLButtonElement) => void;
}

export function UsersTable({ users, total, offset, canManage, onEdit }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const caption = (
    <>
      {t('users.table.caption')}{' '}
      <span className="lantern-caption-detail">
        {total === 0
          ? t('users.table.empty')
          : t('common.showing', { from: offset + 1, to: offset + users.length, total })}
      </span>
    </>
  );

  return (
    <TableRegion label={t('users.table.caption')}>
      <Table fullWidth caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('users.table.name')}</th>
            <th scope="col">{t('users.table.role')}</th>
            <th scope="col">{t('users.table.jurisdiction')}</th>
            <th scope="col">{t('users.table.agency')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('users.table.mfa')}</th>
            <th scope="col">{t('users.table.lastSignIn')}</th>
            {canManage && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.displayName}
                <span className="display-block text-normal lantern-secondary-text">{user.email}</span>
              </th>
              <td>{t(`roles.${user.role}`)}</td>
              <td>{user.jurisdictionName}</td>
              <td>{user.agencyName ?? t('users.form.noAgency')}</td>
              <td>
                <Tag className={user.active ? 'lantern-tag-active' : 'lantern-tag-inactive'}>
                  {user.active ? t('common.active') : t('common.inactive')}
                </Tag>
              </td>
              <td>{user.mfaEnrolled ? t('users.table.mfaOn') : t('users.table.mfaOff')}</td>
              <td>
                {user.lastSignInAt
                  ? formatDateTime(user.lastSignInAt, i18n.language)
                  : t('users.table.never')}
              </td>
              {canManage && (
                <td>
                  <Button type="button" unstyled onClick={(event) => onEdit(user, event.currentTarget)}>
                    {t('common.edit')}
                    <span className="usa-sr-only"> {user.displayName}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
