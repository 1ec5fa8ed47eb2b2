// The signed-in user's queue: their assignments with progress, a link to the annotate or translate
// page, and the button that marks a document finished (or reopens it).
import type { Metadata } from 'next';
import Link from 'next/link';
import { loadAssignmentQueue, type QueueItem } from '@/lib/assignment-store/load-assignment-queue';
import { getDatabase } from '@/lib/db/connection';
import { translator, type Language } from '@/lib/i18n';
import { requestLanguage, requestTranslator } from '../_server/i18n';
import { requirePageUser } from '../_server/session';
import { FinishButton } from './finish-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await requestTranslator();
  return { title: `${t('assignments.queue.title')} · ${t('app.name')}` };
}

function Progress({ item, t }: { item: QueueItem; t: ReturnType<typeof translator> }) {
  const { progress } = item;
  const [value, max, text] =
    progress.task === 'annotate'
      ? [
          progress.coveredSentences,
          progress.sentences,
          t('assignments.progress.annotate', { annotations: progress.annotations, covered: progress.coveredSentences, sentences: progress.sentences }),
        ]
      : [progress.done, progress.total, t('assignments.progress.translate', { done: progress.done, total: progress.total })];
  return (
    <div className="queue-progress">
      <progress value={value} max={Math.max(max, 1)} aria-label={text} />
      <span>{text}</span>
    </div>
  );
}

export default async function AssignmentQueuePage() {
  const user = await requirePageUser('document.read');
  const language: Language = await requestLanguage();
  const t = translator(language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const queue = loadAssignmentQueue(getDatabase(), user.id);
  return (
    <section className="assignment-queue">
      <h1>{t('assignments.queue.title')}</h1>
      {queue.length === 0 ? (
        <p className="hint">{t('assignments.queue.empty')}</p>
      ) : (
        <ul className="queue">
          {queue.map((item) => {
            const { assignment: a } = item;
            const href = `/documents/${encodeURIComponent(a.slug)}/${a.task}`;
            return (
              <li key={a.id} className={a.finishedAt ? 'queue-item finished' : 'queue-item'} data-assignment={a.id}>
                <div className="queue-head">
                  <Link href={href}>{a.title}</Link>
                  <span className="badge">{t(`assignments.task.${a.task}`)}</span>
                  <span className="hint">{t('assignments.queue.assignedAt', { at: date.format(new Date(a.assignedAt)) })}</span>
                </div>
                <Progress item={item} t={t} />
                <FinishButton id={a.id} finished={a.finishedAt !== null} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
