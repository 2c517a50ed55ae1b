// Launcher output: one prefix per source, colours only on a terminal.
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const COLOURS = [36, 35, 33, 32, 34, 91, 96, 95];
const assigned = new Map();

function paint(code, text) {
  return useColour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function colourFor(name) {
  if (!assigned.has(name)) assigned.set(name, COLOURS[assigned.size % COLOURS.length]);
  return assigned.get(name);
}

function prefix(name) {
  return paint(colourFor(name), `[${name}]`);
}

const log = {
  info: (message) => console.log(`${paint(1, '[start]')} ${message}`),
  warn: (message) => console.warn(`${paint(33, '[start]')} ${message}`),
  error: (message) => console.error(`${paint(31, '[start]')} ${message}`),
  bold: (text) => paint(1, text),
  prefix,
};

module.exports = { log };
