import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  FileInput,
  Form,
  FormGroup,
  Label,
  type FileInputRef,
} from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { importKeys, MAX_UPLOAD_BYTES, uploadReferrals, type ImportBatch } from './api';

const ID = { body: 'import-file', acceptValidOnly: 'import-accept-valid-only' } as const;

/** Choose a CSV file, say whether to accept only its valid lines, and send it. */
export function UploadForm({ onStarted }: { onStarted: (batch: ImportBatch) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fileInput = useRef<FileInputRef>(null);
  const [file, setFile] = useState<File | null>(null);
  const [acceptValidOnly, setAcceptValidOnly] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);

  const mutation = useMutation({
    mutationFn: (v: { file: File; acceptValidOnly: boolean }) =>
      uploadReferrals(
        v.file,
        v.acceptValidOnly,
        keeper.keyFor({
          name: v.file.name,
          size: v.file.size,
          at: v.file.lastModified,
          v: v.acceptValidOnly,
        }),
      ),
    onSuccess: (batch) => {
      keeper.reset();
      setErrors(null);
      setFile(null);
      fileInput.current?.clearFiles();
      queryClient.setQueryData(importKeys.one(batch.id), batch);
      void queryClient.invalidateQueries({ queryKey: importKeys.list });
      onStarted(batch);
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problem = !file
      ? t('imports.form.fileRequired')
      : file.size > MAX_UPLOAD_BYTES
        ? t('imports.form.tooLarge')
        : null;
    if (problem || !file)
      return setErrors({
        message: t('errors.checkFields'),
        fields: [{ path: 'body', message: problem ?? '' }],
      });
    mutation.mutate({ file, acceptValidOnly });
  };

  const fileError = fieldMessage(errors, 'body');
  return (
    <section aria-labelledby="import-upload-heading" className="lantern-section">
      <h2 id="import-upload-heading">{t('imports.form.heading')}</h2>
      <ErrorSummary errors={errors} fieldIds={ID} headingLevel="h3" />
      <Form onSubmit={submit} noValidate large aria-labelledby="import-upload-heading">
        <FormGroup error={Boolean(fileError)}>
          <Label htmlFor={ID.body} error={Boolean(fileError)}>
            {t('imports.form.file')}
          </Label>
          <span className="usa-hint" id={`${ID.body}-hint`}>
            {t('imports.form.fileHint')}
          </span>
          {fileError && (
            <span className="usa-error-message" id={`${ID.body}-error`}>
              {fileError}
            </span>
          )}
          <FileInput
            ref={fileInput}
            id={ID.body}
            name={ID.body}
            accept=".csv,text/csv"
            dragText={t('imports.form.drag')}
            chooseText={t('imports.form.choose')}
            previewSingleSelectedFileText={t('imports.form.selected')}
            changeSelectedFileText={t('imports.form.change')}
            errorText={t('imports.form.wrongType')}
            aria-describedby={`${ID.body}-hint${fileError ? ` ${ID.body}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </FormGroup>
        <Checkbox
          id={ID.acceptValidOnly}
          name={ID.acceptValidOnly}
          label={t('imports.form.acceptValidOnly')}
          labelDescription={t('imports.form.acceptValidOnlyHint')}
          checked={acceptValidOnly}
          onChange={(event) => setAcceptValidOnly(event.target.checked)}
        />
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('imports.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
