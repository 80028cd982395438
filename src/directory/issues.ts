/** One problem found in an import, placed precisely enough for the person who maintains the file. */
export interface DirectoryIssue {
  /** File name as given, e.g. `users.csv`. */
  file: string;
  /** Line in the file (the header is line 1). */
  line: number;
  /** Column concerned, when there is one. */
  field?: string;
  message: string;
}

/** `users.csv:17: email: invalid email address` */
export function formatIssue(issue: DirectoryIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

/** Issues in file order, then line order, so a report reads top to bottom. */
export function sortIssues(issues: DirectoryIssue[]): DirectoryIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
