// Git Data API: blobs, trees (with both reported `040000` semantics), commits and refs.
import type { TreeEntry } from '../git-store.js';
import { ZERO_SHA } from '../git-store.js';
import { HttpError, notFound } from '../http-error.js';
import { gitCommitJson, refJson, repoApiUrl } from '../representations.js';
import type { RouteContext, RouteDefinition } from '../router.js';
import { makeNodeId } from '../state.js';

type Json = Record<string, unknown>;

interface TreeInput {
  readonly path: string;
  readonly mode: string;
  readonly type?: 'blob' | 'tree' | 'commit';
  readonly sha?: string | null;
  readonly content?: string;
}

type Child =
  { kind: 'leaf'; mode: string; type: TreeEntry['type']; sha: string } | { kind: 'dir'; node: DirNode };

interface DirNode {
  sha: string | undefined;
  children: Map<string, Child> | undefined;
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

function treeEntryJson(context: RouteContext, entry: TreeEntry): Json {
  const api = repoApiUrl(context.state, context.repo);
  const url =
    entry.type === 'commit'
      ? undefined
      : `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
  return {
    path: entry.path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(entry.size === undefined ? {} : { size: entry.size }),
    ...(url ? { url } : {}),
  };
}

async function treeJson(context: RouteContext, sha: string, recursive: boolean): Promise<Json> {
  const git = context.repo.git;
  const entries = recursive ? await git.readTreeRecursive(sha) : await git.readTree(sha);
  const limit = context.settings.truncateTreeAt;
  return {
    sha,
    url: `${repoApiUrl(context.state, context.repo)}/git/trees/${sha}`,
    tree: entries.slice(0, limit).map((entry) => treeEntryJson(context, entry)),
    truncated: entries.length > limit,
  };
}

function createTreeBuilder(context: RouteContext) {
  const git = context.repo.git;
  const load = async (node: DirNode): Promise<Map<string, Child>> => {
    if (node.children) return node.children;
    const children = new Map<string, Child>();
    for (const entry of node.sha ? await git.readTree(node.sha) : []) {
      children.set(
        entry.path,
        entry.type === 'tree'
          ? { kind: 'dir', node: { sha: entry.sha, children: undefined } }
          : { kind: 'leaf', mode: entry.mode, type: entry.type, sha: entry.sha },
      );
    }
    node.children = children;
    node.sha = undefined;
    return children;
  };

  const parentOf = async (
    root: DirNode,
    parts: readonly string[],
    create: boolean,
  ): Promise<DirNode | undefined> => {
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const children = await load(node);
      const child = children.get(part);
      if (child?.kind === 'dir') {
        await load(child.node);
        node = child.node;
      } else if (create) {
        const fresh: DirNode = { sha: undefined, children: new Map() };
        children.set(part, { kind: 'dir', node: fresh });
        node = fresh;
      } else {
        return undefined;
      }
    }
    await load(node);
    return node;
  };

  // 'merge' semantics: the entries of `incoming` are laid over the existing folder, recursively.
  const mergeInto = async (target: DirNode, incomingSha: string): Promise<void> => {
    const children = await load(target);
    for (const entry of await git.readTree(incomingSha)) {
      const existing = children.get(entry.path);
      if (entry.type === 'tree' && existing?.kind === 'dir') await mergeInto(existing.node, entry.sha);
      else if (entry.type === 'tree')
        children.set(entry.path, { kind: 'dir', node: { sha: entry.sha, children: undefined } });
      else children.set(entry.path, { kind: 'leaf', mode: entry.mode, type: entry.type, sha: entry.sha });
    }
  };

  const write = async (node: DirNode): Promise<string> => {
    if (!node.children) return node.sha ?? EMPTY_TREE;
    const entries: TreeEntry[] = [];
    for (const [name, child] of node.children) {
      if (child.kind === 'leaf') {
        entries.push({ mode: child.mode, type: child.type, sha: child.sha, path: name });
        continue;
      }
      const sha = await write(child.node);
      if (sha !== EMPTY_TREE) entries.push({ mode: '040000', type: 'tree', sha, path: name });
    }
    return git.writeTree(entries);
  };
  return { load, parentOf, mergeInto, write };
}

const expectedType = (mode: string): TreeEntry['type'] =>
  mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';

async function applyEntry(
  context: RouteContext,
  builder: ReturnType<typeof createTreeBuilder>,
  root: DirNode,
  input: TreeInput,
): Promise<void> {
  const parts = input.path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new HttpError(422, `tree.path contains a malformed path component: ${input.path}`);
  }
  const name = parts.at(-1)!;
  if (input.sha !== undefined && input.content !== undefined) {
    throw new HttpError(
      422,
      'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
    );
  }
  if (input.sha === null || (input.sha === undefined && input.content === undefined)) {
    if (input.sha === undefined) throw new HttpError(422, 'Must supply either tree.sha or tree.content');
    // Deleting works for files and whole folders; a path that does not exist is an error.
    const parent = await builder.parentOf(root, parts, false);
    if (!parent?.children?.has(name)) throw new HttpError(422, 'GitRPC::BadObjectState');
    parent.children.delete(name);
    return;
  }
  const type = input.type ?? expectedType(input.mode);
  if (type !== expectedType(input.mode))
    throw new HttpError(422, `Invalid tree info: mode ${input.mode} with type ${type}`);
  let sha: string;
  if (input.content !== undefined) {
    if (type !== 'blob') throw new HttpError(422, 'tree.content is only allowed for blobs');
    sha = await context.repo.git.writeBlob(Buffer.from(input.content, 'utf8'));
  } else {
    sha = input.sha!;
    if (type !== 'commit' && (await context.repo.git.objectType(sha)) !== type) {
      throw new HttpError(422, `tree.sha ${sha} is not a valid ${type}`);
    }
  }
  const parent = (await builder.parentOf(root, parts, true))!;
  const children = parent.children!;
  const existing = children.get(name);
  if (type !== 'tree') {
    children.set(name, { kind: 'leaf', mode: input.mode, type, sha });
  } else if (context.settings.treeEntrySemantics === 'merge' && existing?.kind === 'dir') {
    await builder.mergeInto(existing.node, sha);
  } else {
    children.set(name, { kind: 'dir', node: { sha, children: undefined } });
  }
}

async function createTree(context: RouteContext) {
  const body = context.body as { tree: TreeInput[]; base_tree?: string };
  if (body.base_tree !== undefined && (await context.repo.git.objectType(body.base_tree)) !== 'tree') {
    throw new HttpError(422, 'Invalid tree info: base_tree is not a tree');
  }
  const builder = createTreeBuilder(context);
  const root: DirNode = { sha: body.base_tree, children: undefined };
  // One git process for every entry's type check instead of one each (large promotions send thousands).
  await context.repo.git.primeObjectTypes(body.tree.flatMap((input) => (input.sha ? [input.sha] : [])));
  for (const input of body.tree) await applyEntry(context, builder, root, input);
  await builder.load(root);
  const sha = await builder.write(root);
  return { status: 201, body: await treeJson(context, sha, false) };
}

async function resolveTreeish(context: RouteContext, value: string): Promise<string | undefined> {
  const type = await context.repo.git.objectType(value);
  if (type === 'tree') return value;
  if (type === 'commit') return (await context.repo.git.readCommit(value)).tree;
  const commit = await context.engine.resolveCommit(context.repo, value);
  return commit ? (await context.repo.git.readCommit(commit)).tree : undefined;
}

async function createCommit(context: RouteContext) {
  const body = context.body as {
    message: string;
    tree: string;
    parents?: string[];
    author?: { name: string; email: string; date?: string };
    committer?: { name: string; email: string; date?: string };
    signature?: string;
  };
  const git = context.repo.git;
  if ((await git.objectType(body.tree)) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
  for (const parent of body.parents ?? []) {
    if ((await git.objectType(parent)) !== 'commit') {
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    }
  }
  const self = context.engine.person(context.identity.login);
  const date = context.state.now();
  const author = body.author ? { ...body.author, date: body.author.date ?? date } : self;
  const committer = body.committer ? { ...body.committer, date: body.committer.date ?? date } : author;
  // Bots get GitHub's signature only without custom author, committer or signature (see DESIGN.md).
  const signed = context.identity.type === 'Bot' && !body.author && !body.committer && !body.signature;
  const sha = await git.writeCommit({
    tree: body.tree,
    parents: body.parents ?? [],
    author,
    committer: signed ? { name: 'GitHub', email: 'noreply@github.com', date } : committer,
    message: body.message,
  });
  if (signed) context.engine.markVerified(context.repo, sha);
  const commit = await git.readCommit(sha);
  return {
    status: 201,
    body: gitCommitJson(context.state, context.repo, commit, context.engine.verification(context.repo, sha)),
  };
}

const fullRef = (ref: string) => (ref.startsWith('refs/') ? ref : `refs/${ref}`);

async function refBody(context: RouteContext, ref: string, sha: string) {
  const type = (await context.repo.git.objectType(sha)) ?? 'commit';
  return refJson(context.state, context.repo, ref, sha, type);
}

async function updateRef(context: RouteContext) {
  const ref = fullRef(context.params.ref!);
  const body = context.body as { sha: string; force?: boolean };
  const git = context.repo.git;
  const current = await git.resolveRef(ref);
  if (!current || !(await git.listRefs(ref)).some((entry) => entry.ref === ref)) {
    throw new HttpError(422, 'Reference does not exist');
  }
  if ((await git.objectType(body.sha)) !== 'commit') throw new HttpError(422, 'Object does not exist');
  if (!body.force && !(await git.isAncestor(current, body.sha))) {
    throw new HttpError(422, 'Update is not a fast forward');
  }
  const moved = ref.startsWith('refs/heads/')
    ? await context.engine.moveBranch(context.repo, ref.slice('refs/heads/'.length), body.sha, {
        expected: current,
        pusher: context.identity.login,
      })
    : await git.updateRef(ref, body.sha, current);
  if (!moved) throw new HttpError(422, 'Update is not a fast forward');
  return { status: 200, body: await refBody(context, ref, body.sha) };
}

/** The Git Data routes. */
export const gitDataRoutes: readonly RouteDefinition[] = [
  {
    operation: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    handler: async (context) => {
      const sha = context.params.file_sha!;
      if ((await context.repo.git.objectType(sha)) !== 'blob') throw notFound();
      const content = await context.repo.git.readBlob(sha);
      return {
        status: 200,
        body: {
          sha,
          node_id: makeNodeId('B', parseInt(sha.slice(0, 8), 16)),
          size: content.length,
          url: `${repoApiUrl(context.state, context.repo)}/git/blobs/${sha}`,
          content: `${(content.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`,
          encoding: 'base64',
        },
      };
    },
  },
  {
    operation: 'POST /repos/{owner}/{repo}/git/blobs',
    handler: async (context) => {
      const body = context.body as { content: string; encoding?: string };
      const encoding = body.encoding ?? 'utf-8';
      if (encoding !== 'utf-8' && encoding !== 'base64') {
        throw new HttpError(422, `encoding must be either 'utf-8' or 'base64'`);
      }
      const sha = await context.repo.git.writeBlob(
        Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8'),
      );
      return {
        status: 201,
        body: { sha, url: `${repoApiUrl(context.state, context.repo)}/git/blobs/${sha}` },
      };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    handler: async (context) => {
      const sha = await resolveTreeish(context, context.params.tree_sha!);
      if (!sha) throw notFound();
      // Any value of `recursive` (even "false" or "0") enables recursion; only its absence disables it.
      return { status: 200, body: await treeJson(context, sha, context.url.searchParams.has('recursive')) };
    },
  },
  { operation: 'POST /repos/{owner}/{repo}/git/trees', handler: createTree },
  {
    operation: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    handler: async (context) => {
      const sha = context.params.commit_sha!;
      if ((await context.repo.git.objectType(sha)) !== 'commit') throw notFound();
      const commit = await context.repo.git.readCommit(sha);
      return {
        status: 200,
        body: gitCommitJson(
          context.state,
          context.repo,
          commit,
          context.engine.verification(context.repo, sha),
        ),
      };
    },
  },
  { operation: 'POST /repos/{owner}/{repo}/git/commits', handler: createCommit },
  {
    operation: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    handler: async (context) => {
      const ref = fullRef(context.params.ref!);
      const found = (await context.repo.git.listRefs(ref)).find((entry) => entry.ref === ref);
      if (!found) throw notFound();
      return { status: 200, body: refJson(context.state, context.repo, found.ref, found.sha, found.type) };
    },
  },
  {
    operation: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
    handler: async (context) => {
      const prefix = fullRef(context.params.ref!);
      const refs = (await context.repo.git.listRefs('refs/')).filter((entry) => entry.ref.startsWith(prefix));
      return {
        status: 200,
        body: refs.map((entry) => refJson(context.state, context.repo, entry.ref, entry.sha, entry.type)),
      };
    },
  },
  {
    operation: 'POST /repos/{owner}/{repo}/git/refs',
    handler: async (context) => {
      const body = context.body as { ref: string; sha: string };
      if (!/^refs\/[^/]+\/.+/.test(body.ref) || body.ref.endsWith('/') || body.ref.includes('..')) {
        throw new HttpError(422, 'Reference name is invalid');
      }
      if (!(await context.repo.git.objectType(body.sha))) throw new HttpError(422, 'Object does not exist');
      if (await context.repo.git.resolveRef(body.ref)) throw new HttpError(422, 'Reference already exists');
      const created = body.ref.startsWith('refs/heads/')
        ? await context.engine.moveBranch(context.repo, body.ref.slice('refs/heads/'.length), body.sha, {
            expected: ZERO_SHA,
            pusher: context.identity.login,
          })
        : await context.repo.git.updateRef(body.ref, body.sha, ZERO_SHA);
      if (!created) throw new HttpError(422, 'Reference already exists');
      return { status: 201, body: await refBody(context, body.ref, body.sha) };
    },
  },
  { operation: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', handler: updateRef },
  {
    operation: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
    handler: async (context) => {
      const ref = fullRef(context.params.ref!);
      if (!(await context.repo.git.listRefs(ref)).some((entry) => entry.ref === ref)) {
        throw new HttpError(422, 'Reference does not exist');
      }
      if (ref.startsWith('refs/heads/')) {
        await context.engine.deleteBranch(
          context.repo,
          ref.slice('refs/heads/'.length),
          context.identity.login,
        );
      } else {
        await context.repo.git.deleteRef(ref);
      }
      return { status: 204 };
    },
  },
];
