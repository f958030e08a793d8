// What a `detente worker` process does with a batch of claimed jobs: the same ingest and analysis
// as the ingest threads, with duplicates recognised before the costly analysis.
import { analyzeArticle } from '../pipeline.ts';
import type { Job, JobOutcome } from './postgres.ts';
import { articleCopy, articleRecord, contentHash } from './record.ts';
import { decodeTask, failureReason, ingestTask, type TaskOptions } from './tasks.ts';

export async function runJobs(jobs: Job[], isStored: (hash: string) => Promise<boolean>, options: TaskOptions): Promise<JobOutcome[]> {
  const seen = new Set<string>();
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      const article = await ingestTask(decodeTask(job.payload), options);
      const hash = contentHash(article.text);
      if (seen.has(hash) || (await isStored(hash))) {
        outcomes.push({ job: job.id, duplicate: true, hash, copy: articleCopy(article) });
        continue;
      }
      seen.add(hash);
      outcomes.push({ job: job.id, record: articleRecord(analyzeArticle(article), hash) });
    } catch (error) {
      outcomes.push({ job: job.id, failure: `${job.origin}: ${failureReason(error)}` });
    }
  }
  return outcomes;
}
