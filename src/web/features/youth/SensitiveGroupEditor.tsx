import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form } from '@trussworks/react-uswds';
import { isForeignNational } from '@domain/record/vocabulary';
import { EditPanel } from '@web/ui/EditPanel';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { FormActions } from '@web/ui/FormActions';
import type { FormErrors } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { useVersionedUpdate } from '@web/ui/useVersionedUpdate';
import { revealSensitive, updateYouth, youthKeys, type Youth } from './api';
import type { UpdateYouthBody } from './draft';
import { errorFieldIds, inDocument } from './fieldIds';
import { SensitiveGroupFields } from './SensitiveFields';
import {
  checkSensitiveDraft,
  sensitiveDraftFrom,
  sensitiveValuesFrom,
  type SensitiveDrafts,
  type SensitiveGroup,
  type SensitiveValues,
} from './sensitiveDraft';
import type { Revealed, RevealedValues } from './sensitiveView';

type SensitivePatch = { sensitive: Partial<SensitiveValues> };

interface SensitiveGroupEditorProps<G extends SensitiveGroup> {
  group: G;
  youth: Youth;
  /** The values revealed on screen (null when nothing is recorded yet). */
  values: Revealed<G> | null;
  onRevealed: (values: RevealedValues) => void;
  onClose: () => void;
}

/** What the page shows after a save: the values as sent (immigration with its derived flag). */
function shownAfterSave(group: SensitiveGroup, values: SensitiveValues[SensitiveGroup]): RevealedValues {
  if (group === 'immigration') {
    const immigration = values as SensitiveValues['immigration'];
    return {
      immigration: { ...immigration, foreignNational: isForeignNational(immigration.citizenshipStatus) },
    };
  }
  return { [group]: values } as RevealedValues;
}

/**
 * Change one sensitive group. It saves the whole group with the youth's version. When someone else saved
 * first, the group is read again (an audited reveal) so the form shows what is there now.
 */
export function SensitiveGroupEditor<G extends SensitiveGroup>({
  group,
  youth,
  values,
  onRevealed,
  onClose,
}: SensitiveGroupEditorProps<G>) {
  const { t } = useTranslation();
  const prefix = `edit-${group}`;
  const headingId = `${prefix}-heading`;
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);

  const update = useCallback(
    async (id: string, body: SensitivePatch & { version: number }) => {
      const updated = await updateYouth(id, body as UpdateYouthBody);
      const saved = body.sensitive[group];
      if (saved) onRevealed(shownAfterSave(group, saved));
      return updated;
    },
    [group, onRevealed],
  );
  const edit = useVersionedUpdate<Youth, SensitivePatch>(youth, update, youthKeys.page(youth.id));

  const refresh = useMutation({
    mutationFn: () => revealSensitive(youth.id, group),
    onSuccess: (answer) => onRevealed({ [answer.group]: answer.values } as RevealedValues),
  });
  const conflict = edit.outcome?.kind === 'conflict';
  const { mutate: refetchGroup } = refresh;
  useEffect(() => {
    if (conflict) refetchGroup();
  }, [conflict, refetchGroup]);

  const serverErrors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;
  const errors = localErrors ?? serverErrors;
  const original = sensitiveValuesFrom(group, sensitiveDraftFrom(group, stripDerived(group, values)));

  const save = (draft: SensitiveDrafts[G]) => {
    const problems = checkSensitiveDraft({ [group]: draft } as Partial<SensitiveDrafts>, {
      platformRequired: t('youth.sensitive.platformRequired'),
    });
    if (problems.length > 0) {
      setLocalErrors({ message: t('errors.checkFields'), fields: problems });
      return;
    }
    setLocalErrors(null);
    const next = sensitiveValuesFrom(group, draft);
    const unchanged = JSON.stringify(next) === JSON.stringify(original);
    edit.save(
      unchanged ? ({} as SensitivePatch) : { sensitive: { [group]: next } },
      t('youth.sensitive.saved'),
    );
  };

  return (
    <EditPanel
      headingId={headingId}
      heading={t('youth.sensitive.editHeading', { group: t(`vocab.sensitiveGroup.${group}`) })}
      level={4}
      region={false}
      testId={`edit-${group}-panel`}
    >
      {localErrors ? (
        <ErrorSummary
          errors={localErrors}
          fieldIds={errorFieldIds(localErrors, prefix, inDocument)}
          headingLevel="h4"
        />
      ) : (
        <UpdateOutcomeMessage outcome={edit.outcome} fieldIds={errorFieldIds(errors, prefix, inDocument)} />
      )}
      <GroupForm
        key={`${edit.record.version}:${JSON.stringify(values)}`}
        group={group}
        prefix={prefix}
        headingId={headingId}
        initial={sensitiveDraftFrom(group, stripDerived(group, values))}
        errors={errors}
        pending={edit.pending || refresh.isPending}
        onSave={save}
        onClose={onClose}
      />
    </EditPanel>
  );
}

/** The revealed immigration values carry "foreign national", which is derived and never written. */
function stripDerived<G extends SensitiveGroup>(
  group: G,
  values: Revealed<G> | null,
): SensitiveValues[G] | null {
  if (!values) return null;
  if (group === 'immigration') {
    const { foreignNational: _derived, ...rest } = values as Revealed<'immigration'>;
    return rest as SensitiveValues[G];
  }
  return values as SensitiveValues[G];
}

interface GroupFormProps<G extends SensitiveGroup> {
  group: G;
  prefix: string;
  headingId: string;
  initial: SensitiveDrafts[G];
  errors: FormErrors | null;
  pending: boolean;
  onSave: (draft: SensitiveDrafts[G]) => void;
  onClose: () => void;
}

function GroupForm<G extends SensitiveGroup>(props: GroupFormProps<G>) {
  const { group, prefix, headingId, initial, errors, pending, onSave, onClose } = props;
  const [draft, setDraft] = useState<SensitiveDrafts[G]>(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSave(draft);
  };
  return (
    <Form onSubmit={submit} noValidate aria-labelledby={headingId} className="lantern-youth-form">
      <SensitiveGroupFields group={group} prefix={prefix} draft={draft} onChange={setDraft} errors={errors} />
      <FormActions pending={pending} dismiss="close" onDismiss={onClose} />
    </Form>
  );
}
