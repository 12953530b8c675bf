// The identities the emulator knows, one token each. Logins, ids and types follow GitHub: the Actions
// bot is `github-actions[bot]` (user id 41898282), App installations act as `<app-slug>[bot]`.
export type Permission = 'admin' | 'write' | 'read' | 'none';

/** The keys under which tests find the tokens: `emulator.tokens.user` etc. */
export type IdentityKey = 'actions' | 'app' | 'user' | 'approver' | 'reader' | 'admin';

/** An authenticated principal. */
export interface Identity {
  readonly key: IdentityKey;
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
  readonly token: string;
  readonly permission: Permission;
  readonly name: string;
  readonly email: string;
}

/** The token table of one emulator. */
export interface Identities {
  readonly tokens: Readonly<Record<IdentityKey, string>>;
  readonly all: readonly Identity[];
  readonly byToken: (token: string) => Identity | undefined;
  readonly byLogin: (login: string) => Identity | undefined;
}

const definitions: readonly Omit<Identity, 'token' | 'email'>[] = [
  {
    key: 'actions',
    login: 'github-actions[bot]',
    id: 41898282,
    type: 'Bot',
    permission: 'write',
    name: 'github-actions[bot]',
  },
  {
    key: 'app',
    login: 'telefonistka[bot]',
    id: 190000001,
    type: 'Bot',
    permission: 'write',
    name: 'telefonistka[bot]',
  },
  { key: 'user', login: 'alice', id: 1001, type: 'User', permission: 'write', name: 'Alice' },
  { key: 'approver', login: 'approver', id: 1002, type: 'User', permission: 'write', name: 'Approver' },
  { key: 'reader', login: 'reader', id: 1003, type: 'User', permission: 'read', name: 'Reader' },
  { key: 'admin', login: 'repo-admin', id: 1004, type: 'User', permission: 'admin', name: 'Repo Admin' },
];

const tokenPrefix: Record<IdentityKey, string> = {
  actions: 'ghs_actions',
  app: 'ghs_app',
  user: 'ghp_alice',
  approver: 'ghp_approver',
  reader: 'ghp_reader',
  admin: 'ghp_admin',
};

/** Builds the identities with tokens unique to this emulator instance. */
export function createIdentities(suffix: string): Identities {
  const all = definitions.map((definition): Identity => ({
    ...definition,
    token: `${tokenPrefix[definition.key]}_${suffix}`,
    email: `${definition.id}+${definition.login}@users.noreply.github.com`,
  }));
  const tokens = Object.fromEntries(all.map((identity) => [identity.key, identity.token])) as Record<
    IdentityKey,
    string
  >;
  return {
    tokens,
    all,
    byToken: (token) => all.find((identity) => identity.token === token),
    byLogin: (login) => all.find((identity) => identity.login.toLowerCase() === login.toLowerCase()),
  };
}
