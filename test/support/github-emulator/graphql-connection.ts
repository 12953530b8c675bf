// Pieces every GraphQL resolver shares: GitHub's error types, Relay connections with GitHub's pagination
// rules, and actors.
import { GraphQLError } from 'graphql';
import type { EmulatorState } from './state.js';

type Json = Record<string, unknown>;
// Resolver arguments arrive untyped from graphql-js; the schema has already validated them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = Record<string, any>;

const MAX_PAGE = 100;

/** A resolver failure with GitHub's error `type` (NOT_FOUND, FORBIDDEN, UNPROCESSABLE, …). */
export function failure(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { githubType: type } });
}

const cursorOf = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');
const indexOf = (cursor: string) => Number(Buffer.from(cursor, 'base64').toString('utf8').split(':')[2]);

/** Relay pagination with GitHub's rule that `first` or `last` (1–100) is mandatory. */
export function connection<T>(items: readonly T[], args: Args, name: string, toNode: (item: T) => unknown) {
  if (args.first === undefined && args.last === undefined) {
    throw failure(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const key of ['first', 'last'] as const) {
    const value = args[key] as number | undefined;
    if (value !== undefined && (value < 0 || value > MAX_PAGE)) {
      throw failure(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${key}\` limit of ${MAX_PAGE} records.`,
      );
    }
  }
  let start = args.after ? indexOf(args.after as string) + 1 : 0;
  let end = args.before ? indexOf(args.before as string) : items.length;
  if (args.first !== undefined) end = Math.min(end, start + (args.first as number));
  if (args.last !== undefined) start = Math.max(start, end - (args.last as number));
  const slice = items.slice(start, end);
  const edges = slice.map((item, offset) => ({ cursor: cursorOf(start + offset), node: toNode(item) }));
  return {
    totalCount: items.length,
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function actorObject(state: EmulatorState, login: string): Json {
  const identity = state.identities.byLogin(login);
  const type = identity?.type ?? 'Organization';
  return {
    __typename: type,
    login: identity?.type === 'Bot' ? login.replace(/\[bot\]$/, '') : login,
    url: `${state.serverUrl}/${login}`,
    avatarUrl: `${state.serverUrl}/avatars/u/${identity?.id ?? 0}`,
    resourcePath: `/${login}`,
  };
}
