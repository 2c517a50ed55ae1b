// Stops what global-setup started for this run (nothing when the machine's servers were used).
module.exports = async function globalTeardown() {
  for (const stop of globalThis.__allianceFallbacks ?? []) await stop();
};
