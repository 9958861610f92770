/** FAST_PATHS from TVIST_FAST_PATHS, so that one variable switches a whole jest run (CI runs it once with false). */
export function fastPathsEnv(): Record<string, string> {
  const value = process.env.TVIST_FAST_PATHS;
  return value === undefined ? {} : { FAST_PATHS: value };
}
