import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { instrumentSchema, type Instrument } from '@domain/identification/instrument';
import { parseInstrument } from '@domain/identification/instrument.validate';
import { LIMITS } from '@domain/record/vocabulary';
import { isApiError } from '@web/api/client';
import { adaptInstrument, type InstrumentDetail } from '@web/features/screenings/api';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextAreaField } from '@web/ui/fields';
import { toFormErrors, type FieldError } from '@web/ui/formErrors';
import type { Update } from './editor';
import { FormEditor } from './FormEditor';
import { CHANGE_NOTE_ID, editorErrors, JSON_FIELD_ID, type EditorErrors } from './problems';

/** The longest definition the JSON view takes (pretty-printed; the built-in instruments are far smaller). */
export const JSON_MAX = 200_000;

interface AdaptEditorProps {
  base: InstrumentDetail;
  onSaved: (saved: InstrumentDetail) => void;
  onCancel: () => void;
  /** A newer version was saved meanwhile: load it (this copy's changes are dropped). */
  onReload: () => void;
}

const exists = (id: string) => document.getElementById(id) !== null;

/**
 * Adapting an instrument: a working copy of the version being edited, changed in the structured form or as
 * JSON, checked in the browser before it is sent, and saved as a new county version with a change note.
 */
export function AdaptEditor({ base, onSaved, onCancel, onReload }: AdaptEditorProps) {
  const { t } = useTranslation();
  const start = parseInstrument(base.definition);
  const [draft, setDraft] = useState<Instrument | null>(start.ok ? start.instrument : null);
  const [mode, setMode] = useState<'form' | 'json'>(start.ok ? 'form' : 'json');
  const [json, setJson] = useState(() => JSON.stringify(base.definition, null, 2));
  const [revision, setRevision] = useState(0);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<EditorErrors | null>(null);
  const [conflict, setConflict] = useState(false);
  const [announcement, setAnnouncement] = useState<{ message: string; focusId: string } | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (announcement) document.getElementById(announcement.focusId)?.focus();
  }, [announcement]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const fail = (message: string, problems: readonly FieldError[], inJson = mode === 'json') =>
    setResult(editorErrors(message, problems, inJson ? null : draft, exists));
  const summary = (count: number) => t('instruments.edit.problems', { count });

  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof adaptInstrument>[1]) => adaptInstrument(base.key, body),
    onSuccess: onSaved,
    onError: (error) => {
      if (isApiError(error, 409)) return setConflict(true);
      if (isApiError(error, 422)) return fail(summary(error.details.length), error.details);
      const errors = toFormErrors(error, t);
      setResult({ errors, fieldIds: {}, byField: new Map() });
    },
  });

  /** The definition as typed, or the problem that stops it being read. */
  const candidate = (): { raw: unknown } | { problem: FieldError } => {
    if (mode === 'form') return { raw: draft };
    if (json.length > JSON_MAX)
      return {
        problem: {
          path: JSON_FIELD_ID,
          message: t('instruments.json.tooLong', { max: JSON_MAX.toLocaleString() }),
        },
      };
    try {
      return { raw: JSON.parse(json) as unknown };
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      return { problem: { path: JSON_FIELD_ID, message: t('instruments.json.unreadable', { reason }) } };
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setConflict(false);
    const got = candidate();
    const problems: FieldError[] = [];
    if ('problem' in got) problems.push(got.problem);
    else {
      const parsed = parseInstrument(got.raw);
      if (!parsed.ok) problems.push(...parsed.problems);
      else if (parsed.instrument.key !== base.key)
        problems.push({ path: 'key', message: t('instruments.json.keyChanged', { key: base.key }) });
    }
    if (note.trim().length < 3)
      problems.push({ path: CHANGE_NOTE_ID, message: t('instruments.edit.noteRequired') });
    if (note.trim().length > LIMITS.note)
      problems.push({ path: CHANGE_NOTE_ID, message: t('instruments.edit.noteTooLong') });
    if (problems.length || 'problem' in got) return fail(summary(problems.length), problems);
    setResult(null);
    mutation.mutate({
      basedOn: { origin: base.origin, version: base.version },
      definition: got.raw as Record<string, unknown>,
      changeNote: note.trim(),
    });
  };

  const toJson = () => {
    setJson(JSON.stringify(draft, null, 2));
    setMode('json');
    setResult(null);
  };
  const toForm = () => {
    const got = candidate();
    if ('problem' in got) return fail(summary(1), [got.problem], true);
    const parsed = instrumentSchema.safeParse(got.raw);
    if (!parsed.success) {
      const checked = parseInstrument(got.raw);
      return fail(
        summary(checked.ok ? 0 : checked.problems.length),
        checked.ok ? [] : checked.problems,
        true,
      );
    }
    setDraft(parsed.data);
    setRevision((r) => r + 1);
    setMode('form');
    setResult(null);
  };

  const update: Update = (change) => setDraft((cur) => (cur ? change(cur) : cur));
  const errorFor = (id: string) => result?.byField.get(id);

  return (
    <Form onSubmit={submit} noValidate large aria-labelledby="adapt-heading" className="lantern-adapt-form">
      <p className="lantern-readable">
        {t('instruments.edit.intro', {
          version: base.version,
          origin: t(`identification.origins.${base.origin}`),
        })}
      </p>
      {conflict && (
        <div ref={conflictRef} tabIndex={-1} data-testid="adapt-conflict">
          <Alert type="warning" headingLevel="h3" heading={t('instruments.conflict.heading')} role="alert">
            <p>{t('instruments.conflict.body')}</p>
            <Button type="button" onClick={onReload}>
              {t('instruments.conflict.reload')}
            </Button>
          </Alert>
        </div>
      )}
      <ErrorSummary errors={result?.errors ?? null} fieldIds={result?.fieldIds} headingLevel="h3" />
      <p role="status" className="usa-sr-only">
        {announcement?.message ?? ''}
      </p>
      <ButtonGroup className="margin-y-2">
        <Button type="button" outline onClick={mode === 'form' ? toJson : toForm}>
          {mode === 'form' ? t('instruments.json.open') : t('instruments.json.backToForm')}
        </Button>
      </ButtonGroup>
      {mode === 'form' && draft ? (
        <FormEditor
          key={revision}
          inst={draft}
          errorFor={errorFor}
          onChange={update}
          onAnnounce={(message, focusId) => setAnnouncement({ message, focusId })}
        />
      ) : (
        <TextAreaField
          id={JSON_FIELD_ID}
          label={t('instruments.json.label')}
          hint={t('instruments.json.hint')}
          className="lantern-json-editor"
          rows={30}
          spellCheck={false}
          maxLength={JSON_MAX}
          value={json}
          error={errorFor(JSON_FIELD_ID)}
          onChange={setJson}
        />
      )}
      <section aria-labelledby="adapt-save-heading" className="lantern-form-section">
        <h3 id="adapt-save-heading">{t('instruments.edit.saveHeading')}</h3>
        <TextAreaField
          id={CHANGE_NOTE_ID}
          label={t('instruments.fields.changeNote')}
          hint={t('instruments.edit.noteHint')}
          rows={3}
          maxLength={LIMITS.note}
          value={note}
          error={errorFor(CHANGE_NOTE_ID)}
          onChange={setNote}
        />
        <ButtonGroup>
          <Button type="submit" aria-busy={mutation.isPending}>
            {t('instruments.edit.save')}
          </Button>
          <Button type="button" outline onClick={onCancel}>
            {t('instruments.edit.cancel')}
          </Button>
        </ButtonGroup>
      </section>
    </Form>
  );
}
