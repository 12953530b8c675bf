// The identities the emulator knows, one token each. Logins, ids and types follow GitHub: the Actions
// bot is `github-actions[bot]` (user id 41898282), App installations act as `<app-slug>[bot]`.
import type { TokenScopes } from './workflow-token.js';

export type Permission = 'admin' | 'write' | 'read' | 'none';

/** The keys under which tests find the tokens: `emulator.tokens.user` etc. */
export type IdentityKey =
  'actions' | 'app' | 'user' | 'approver' | 'reader' | 'admin' | 'custom' | 'lookalike';

/** An authenticated principal. */
export interface Identity {
  readonly key: IdentityKey;
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
  readonly token: string;
  readonly permission: Permission;
  /**
   * GitHub's `role_name`: the assigned role, which may be a custom role; `permission` is then the base role
   * it extends (maintain reads as write, triage as read). Absent: the same as `permission`.
   */
  readonly roleName?: string;
  readonly name: string;
  readonly email: string;
  /** A job's GITHUB_TOKEN (`emulator.workflowToken`): its scopes, enforced per operation. Absent: unrestricted. */
  readonly scopes?: TokenScopes;
  /** The repository (`owner/name`) a job's GITHUB_TOKEN belongs to; it may not write to any other. */
  readonly repository?: string;
}

/** The token table of one emulator. */
export interface Identities {
  readonly tokens: Readonly<Record<IdentityKey, string>>;
  readonly all: readonly Identity[];
  readonly byToken: (token: string) => Identity | undefined;
  readonly byLogin: (login: string) => Identity | undefined;
  /** Adds a token of an existing login (a job's GITHUB_TOKEN); `byLogin` still finds the first. */
  readonly register: (identity: Identity) => void;
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
  // An organisation member with a custom repository role built on write (e.g. "deployer").
  {
    key: 'custom',
    login: 'carol',
    id: 1005,
    type: 'User',
    permission: 'write',
    roleName: 'deployer',
    name: 'Carol',
  },
  // A person who registered the App's name as a user login: REST `telefonistka`, never `telefonistka[bot]`.
  {
    key: 'lookalike',
    login: 'telefonistka',
    id: 1006,
    type: 'User',
    permission: 'write',
    name: 'Look-alike',
  },
];

const tokenPrefix: Record<IdentityKey, string> = {
  actions: 'ghs_actions',
  app: 'ghs_app',
  user: 'ghp_alice',
  approver: 'ghp_approver',
  reader: 'ghp_reader',
  admin: 'ghp_admin',
  custom: 'ghp_carol',
  lookalike: 'ghp_lookalike',
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
    register: (identity) => {
      all.push(identity);
    },
    byToken: (token) => all.find((identity) => identity.token === token),
    byLogin: (login) => all.find((identity) => identity.login.toLowerCase() === login.toLowerCase()),
  };
}
