import type { RepositoryScope } from './repository-scope.js';

/** An issue or PR comment. */
export interface CommentInfo {
  id: number;
  nodeId: string;
  body: string;
  author: string;
}

/** Comments of issues and pull requests. Every method is one call, except listing (all pages). */
export interface CommentPort extends RepositoryScope {
  listComments(number: number): Promise<CommentInfo[]>;
  createComment(number: number, body: string): Promise<CommentInfo>;
  updateComment(id: number, body: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
}
