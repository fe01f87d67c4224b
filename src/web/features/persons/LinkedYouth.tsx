import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Form, Table } from '@trussworks/react-uswds';
import { EXPLOITER_RELATIONSHIPS, type ExploiterRelationship } from '@domain/record/vocabulary';
import { ApiErrorAlert, SuccessMessage } from '@web/ui/alerts';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { SelectField, TextAreaField } from '@web/ui/fields';
import { formatDateTime } from '@web/ui/format';
import { fieldMessage, toFormErrors, type FieldError, type FormErrors } from '@web/ui/formErrors';
import { SearchPicker, type Choice } from '@web/ui/SearchPicker';
import { TableRegion } from '@web/ui/TableRegion';
import { linkYouth, personKeys, searchYouth, unlinkYouth, type PersonLink } from './api';
import { YouthLink } from './RecordLinks';

/** The youth linked to a person, how they are related, and (for writers) linking and unlinking. */
export function LinkedYouth({
  personId,
  personName,
  links,
  canWrite,
}: {
  personId: string;
  personName: string;
  links: readonly PersonLink[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const unlink = useMutation({
    mutationFn: (link: PersonLink) => unlinkYouth(personId, link.youthId),
    onSuccess: (_, link) => {
      setConfirming(null);
      setRemoved(link.youthName);
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
    },
  });

  return (
    <section aria-labelledby="linked-youth-heading" className="lantern-section">
      <h2 id="linked-youth-heading">{t('persons.links.heading')}</h2>
      {removed && <SuccessMessage>{t('persons.links.removed', { name: removed })}</SuccessMessage>}
      {unlink.isError && <ApiErrorAlert error={unlink.error} headingLevel="h3" />}
      {links.length === 0 ? (
        <p>{t('persons.links.none')}</p>
      ) : (
        <TableRegion label={t('persons.links.caption', { name: personName })}>
          <Table fullWidth caption={t('persons.links.caption', { name: personName })}>
            <thead>
              <tr>
                <th scope="col">{t('persons.links.youth')}</th>
                <th scope="col">{t('persons.table.ref')}</th>
                <th scope="col">{t('persons.links.relationship')}</th>
                <th scope="col">{t('persons.links.note')}</th>
                <th scope="col">{t('persons.links.added')}</th>
                {canWrite && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.youthId}>
                  <th scope="row">
                    <YouthLink id={link.youthId} name={link.youthName} />
                  </th>
                  <td>{link.youthRef}</td>
                  <td>{t(`vocab.exploiterRelationship.${link.relationship}`)}</td>
                  <td>{link.note ?? t('persons.none')}</td>
                  <td>
                    {formatDateTime(link.createdAt, i18n.language)}
                    {link.createdBy && (
                      <span className="lantern-secondary-text"> · {link.createdBy.displayName}</span>
                    )}
                  </td>
                  {canWrite && (
                    <td>
                      {confirming === link.youthId ? (
                        <ButtonGroup type="default">
                          <Button
                            type="button"
                            secondary
                            aria-busy={unlink.isPending}
                            onClick={() => !unlink.isPending && unlink.mutate(link)}
                          >
                            {t('persons.links.confirmRemove', { name: link.youthName })}
                          </Button>
                          <Button type="button" unstyled onClick={() => setConfirming(null)}>
                            {t('common.cancel')}
                          </Button>
                        </ButtonGroup>
                      ) : (
                        <Button
                          type="button"
                          unstyled
                          onClick={() => {
                            setRemoved(null);
                            setConfirming(link.youthId);
                          }}
                        >
                          {t('persons.links.remove')}
                          <span className="usa-sr-only"> {link.youthName}</span>
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </TableRegion>
      )}
      {canWrite && <LinkYouthForm personId={personId} />}
    </section>
  );
}

const ID = { youthId: 'link-youth', relationship: 'link-relationship', note: 'link-note' } as const;

function LinkYouthForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [youth, setYouth] = useState<Choice | null>(null);
  const [relationship, setRelationship] = useState<ExploiterRelationship | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A new picker after each link: the last search's results and their "Choose" buttons go with the old one.
  const [round, setRound] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const mutation = useMutation({
    mutationFn: (body: { youthId: string; relationship: ExploiterRelationship; note: string | null }) =>
      linkYouth(personId, body),
    onSuccess: (link) => {
      setErrors(null);
      setYouth(null);
      setRelationship('');
      setNote('');
      setRound((r) => r + 1);
      setDone(link.youthName);
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(null);
    const missing: FieldError[] = [];
    if (!youth) missing.push({ path: 'youthId', message: t('persons.validation.youth') });
    if (!relationship) missing.push({ path: 'relationship', message: t('persons.validation.relationship') });
    if (!youth || !relationship) return setErrors({ message: t('errors.checkFields'), fields: missing });
    mutation.mutate({ youthId: youth.id, relationship, note: note.trim() || null });
  };

  return (
    <div className="lantern-subsection">
      <h3 id="link-youth-heading">{t('persons.links.addHeading')}</h3>
      {done && (
        <div ref={doneRef} tabIndex={-1}>
          <SuccessMessage>{t('persons.links.linkedDone', { name: done })}</SuccessMessage>
        </div>
      )}
      <ErrorSummary errors={errors} fieldIds={ID} headingLevel="h4" />
      <Form onSubmit={submit} noValidate large aria-labelledby="link-youth-heading">
        <SearchPicker
          key={round}
          id={ID.youthId}
          cacheKey={['persons', 'link-youth']}
          value={youth}
          onChange={setYouth}
          error={fieldMessage(errors, 'youthId')}
          testId="link-chosen-youth"
          search={async (term, signal) => {
            const { items } = await searchYouth(term, signal);
            return items.map((y) => ({
              id: y.id,
              name: y.displayName,
              detail: [
                y.ref,
                y.dateOfBirth ? t('persons.links.born', { date: y.dateOfBirth }) : null,
                y.jurisdictionName,
              ]
                .filter(Boolean)
                .join(' · '),
            }));
          }}
          text={{
            chosenLabel: t('persons.links.youth'),
            change: t('persons.links.changeYouth'),
            findLabel: t('persons.links.findYouth'),
            findHint: t('persons.links.findYouthHint'),
            search: t('persons.search.submit'),
            noneFound: (term) => t('persons.links.noYouthFound', { term }),
            choose: (name) => t('persons.links.choose', { name }),
          }}
        />
        <SelectField
          id={ID.relationship}
          label={t('persons.links.relationship')}
          value={relationship}
          onChange={(event) => setRelationship(event.target.value as ExploiterRelationship)}
          error={fieldMessage(errors, 'relationship')}
        >
          <option value="">{t('persons.links.chooseRelationship')}</option>
          {EXPLOITER_RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {t(`vocab.exploiterRelationship.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={ID.note}
          label={t('persons.links.note')}
          optional
          value={note}
          onChange={setNote}
          error={fieldMessage(errors, 'note')}
        />
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('persons.links.submit')}
        </Button>
      </Form>
    </div>
  );
}
