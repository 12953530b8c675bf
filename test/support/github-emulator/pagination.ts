// Page-based pagination with GitHub's `link` header, which Octokit's `paginate` follows.
import { HttpError } from './http-error.js';

/** One page of a list and the headers that describe the others. */
export interface Page<T> {
  readonly items: T[];
  readonly headers: Record<string, string>;
}

/** Slices `items` by `page`/`per_page` (default 30, max 100) and builds the `link` header. */
export function paginate<T>(
  items: readonly T[],
  requestUrl: URL,
  options: { maxItems?: number } = {},
): Page<T> {
  const capped = options.maxItems === undefined ? items : items.slice(0, options.maxItems);
  const perPage = Math.min(Math.max(Number(requestUrl.searchParams.get('per_page') ?? 30) || 30, 1), 100);
  const page = Number(requestUrl.searchParams.get('page') ?? 1);
  if (!Number.isInteger(page) || page < 1) throw new HttpError(422, 'Invalid page');
  const lastPage = Math.max(1, Math.ceil(capped.length / perPage));
  const pageUrl = (target: number) => {
    const url = new URL(requestUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  return {
    items: capped.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
