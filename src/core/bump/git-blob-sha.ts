import { createHash } from 'node:crypto';

/** The git object id of a blob with this UTF-8 text (`git hash-object`), to compare with GitHub's oids. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
