import type { DashboardAction } from './dashboard-action.js';

const KINDS = ['promote', 'hold', 'release', 'rollback', 'bundle'] as const;

// `<!-- telefonistka:action <kind> <target> -->` right after a task-list checkbox; the target is percent-encoded
// (slashes kept) so that no folder name can close the comment or split the key.
const BOX_PATTERN =
  /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]*<!-- telefonistka:action (promote|hold|release|rollback|bundle) ([^\s<>]{1,1024}) -->/gm;

/** The hidden key a dashboard checkbox carries: parsing reads only this, never the visible text. */
export function dashboardActionKey(action: DashboardAction): string {
  const target = action.kind === 'bundle' ? action.environment : action.folder;
  return `<!-- telefonistka:action ${action.kind} ${encodeURIComponent(target).replace(/%2F/g, '/')} -->`;
}

/** One checkbox found in a body: its action and whether it is ticked. */
export interface DashboardCheckbox {
  action: DashboardAction;
  ticked: boolean;
}

/**
 * The dashboard checkboxes of a body (the or a part comment's), by hidden key; a key that does not
 * decode, or a kind this version does not know, is not a checkbox.
 */
export function parseDashboardCheckboxes(body: string): DashboardCheckbox[] {
  const boxes: DashboardCheckbox[] = [];
  for (const match of body.matchAll(BOX_PATTERN)) {
    const [, mark, kind, encoded] = match;
    const action = actionOf(kind, encoded);
    if (action !== undefined) boxes.push({ action, ticked: mark !== ' ' });
  }
  return boxes;
}

/**
 * The actions whose box is ticked in `after` but was not ticked in `before` (the edit's `changes.body.from`),
 * each once, in the order of `after`.
 */
export function findNewlyTicked(before: string, after: string): DashboardAction[] {
  const tickedBefore = new Set(
    parseDashboardCheckboxes(before)
      .filter((box) => box.ticked)
      .map((box) => dashboardActionKey(box.action)),
  );
  const found = new Map<string, DashboardAction>();
  for (const box of parseDashboardCheckboxes(after)) {
    const key = dashboardActionKey(box.action);
    if (box.ticked && !tickedBefore.has(key) && !found.has(key)) found.set(key, box.action);
  }
  return [...found.values()];
}

function actionOf(kind: string | undefined, encoded: string | undefined): DashboardAction | undefined {
  if (encoded === undefined || !KINDS.includes(kind as (typeof KINDS)[number])) return undefined;
  let target: string;
  try {
    target = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  if (target === '' || [...target].some((char) => char.charCodeAt(0) < 0x20)) return undefined;
  if (kind === 'bundle') return { kind, environment: target };
  return { kind: kind as Exclude<DashboardAction['kind'], 'bundle'>, folder: target };
}
