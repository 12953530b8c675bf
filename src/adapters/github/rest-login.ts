/** An actor as GraphQL reports it: an App's login lacks the `[bot]` suffix that REST, `viewer` and the config use. */
export interface GraphqlActor {
  __typename?: string;
  login: string;
}

/** The REST spelling of a GraphQL actor's login, so the App `my-app` is never confused with a user named `my-app`. */
export function restLogin(actor: GraphqlActor): string {
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}
