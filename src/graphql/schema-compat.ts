import { buildSchema, findBreakingChanges, findDangerousChanges } from "graphql";

export interface CompatibilityReport {
  /** Breaking changes schema/CHANGELOG.md announces under "## Unreleased". */
  announced: string[];
  /** Breaking changes nobody announced: CI fails on these. */
  unannounced: string[];
  /** Changes that may alter behaviour for a client (a new enum value, a new optional argument's default…). */
  dangerous: string[];
}

/** The coordinate a graphql-js change description starts with, e.g. "Invoice.dueDate" or "CaseStatus". */
function coordinate(description: string): string {
  return /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)/.exec(description)?.[1] ?? description;
}

/** The lines of the changelog's "## Unreleased" section that announce a break with its deprecation period. */
function announcements(changelog: string): string[] {
  const lines = changelog.split("\n");
  const start = lines.findIndex((l) => /^##\s+Unreleased\b/i.test(l));
  if (start < 0) return [];
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    if (/^\s*-\s/.test(line) && /deprecation period:/i.test(line)) section.push(line);
  }
  return section;
}

export function compatibility(releasedSdl: string, currentSdl: string, changelog: string): CompatibilityReport {
  const before = buildSchema(releasedSdl);
  const after = buildSchema(currentSdl);
  const lines = announcements(changelog);
  const report: CompatibilityReport = {
    announced: [],
    unannounced: [],
    dangerous: findDangerousChanges(before, after).map((c) => c.description),
  };
  for (const change of findBreakingChanges(before, after)) {
    const at = coordinate(change.description);
    (lines.some((l) => l.includes(`\`${at}\``)) ? report.announced : report.unannounced).push(change.description);
  }
  return report;
}
