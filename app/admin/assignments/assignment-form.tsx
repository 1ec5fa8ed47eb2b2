'use client';
// Assigns a document to a user for a task; and the button that takes an assignment back.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../_components/error-message';
import { postJson, sendJson, type ApiError } from '../../_components/post-json';
import { useApiForm } from '../../_components/use-api-form';

const TASKS = ['annotate', 'translate'] as const;
type Task = (typeof TASKS)[number];

interface AssignmentFormProps {
  documents: Array<{ slug: string; title: string }>;
  /** With the tasks each one's role can do: the form offers only those who can do the chosen task. */
  users: Array<{ id: number; label: string; tasks: Task[] }>;
}

export function AssignmentForm({ documents, users }: AssignmentFormProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const [task, setTask] = useState<Task>('annotate');
  const eligible = users.filter((u) => u.tasks.includes(task));
  const { error, busy, onSubmit } = useApiForm(
    (form) => {
      setDone(false);
      return postJson('/api/assignments', Object.fromEntries(form));
    },
    () => {
      setDone(true);
      router.refresh();
    },
  );
  return (
    <form className="assignment-form" onSubmit={onSubmit}>
      <label className="field">
        <span>{t('assignments.columns.document')}</span>
        <select name="slug" required>
          {documents.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('assignments.columns.user')}</span>
        <select name="userId" required key={task}>
          {eligible.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('assignments.columns.task')}</span>
        <select name="task" value={task} onChange={(event) => setTask(event.target.value as Task)}>
          {TASKS.map((task) => (
            <option key={task} value={task}>
              {t(`assignments.task.${task}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('assignments.admin.submit')}
      </button>
      <ErrorMessage error={error} />
      {done && <p role="status">{t('assignments.admin.assigned')}</p>}
    </form>
  );
}

export function RemoveAssignmentButton({ id }: { id: number }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await sendJson('DELETE', `/api/assignments/${id}`);
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {t('assignments.admin.remove')}
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
