/** A failure the launcher explains in its own words: printed without a stack trace. */
class LauncherError extends Error {}

module.exports = { LauncherError };
