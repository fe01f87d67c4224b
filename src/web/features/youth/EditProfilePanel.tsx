import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@trussworks/react-uswds';
import { EditPanel } from '@web/ui/EditPanel';
import { FormActions } from '@web/ui/FormActions';
import type { FormErrors } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { useVersionedUpdate } from '@web/ui/useVersionedUpdate';
import { updateYouth, youthKeys, type Youth } from './api';
import { profileDraftFrom, profilePatch, type ProfileBody, type ProfileDraft } from './draft';
import { errorFieldIds, inDocument } from './fieldIds';
import { ProfileFields } from './ProfileFields';

const PREFIX = 'edit-youth';

/**
 * Change the profile. The save sends only what changed, with the version it started from; if someone else
 * saved first, the form shows their version and says so (the existing conflict pattern).
 */
export function EditProfilePanel({ youth, onClose }: { youth: Youth; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedUpdate<Youth, Partial<ProfileBody>>(youth, updateYouth, youthKeys.page(youth.id));
  const errors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;

  return (
    <EditPanel
      headingId="edit-youth-heading"
      heading={t('youth.profile.editHeading')}
      level={3}
      region={false}
      testId="edit-youth-panel"
    >
      <UpdateOutcomeMessage outcome={edit.outcome} fieldIds={errorFieldIds(errors, PREFIX, inDocument)} />
      <ProfileForm
        key={edit.record.version}
        youth={edit.record}
        errors={errors}
        pending={edit.pending}
        onSave={(patch) => edit.save(patch, t('youth.profile.saved'))}
        onClose={onClose}
      />
    </EditPanel>
  );
}

interface ProfileFormProps {
  youth: Youth;
  errors: FormErrors | null;
  pending: boolean;
  onSave: (patch: Partial<ProfileBody>) => void;
  onClose: () => void;
}

function ProfileForm({ youth, errors, pending, onSave, onClose }: ProfileFormProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraftFrom(youth));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(profilePatch(youth, draft));
  };

  return (
    <Form onSubmit={submit} noValidate aria-labelledby="edit-youth-heading" className="lantern-youth-form">
      <ProfileFields
        prefix={PREFIX}
        draft={draft}
        onChange={(patch) => setDraft((previous) => ({ ...previous, ...patch }))}
        errors={errors}
      />
      <FormActions pending={pending} dismiss="close" onDismiss={onClose} />
    </Form>
  );
}
