#!/usr/bin/env node
// Parses an export back with the third-party parsers and prints what they read as JSON, so the
// Java tests can compare stems, options and keys with the question set.
// Usage: readback.mjs (gift|moodlexml|aiken) FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

const [format, file] = process.argv.slice(2);
let text = readFileSync(file, 'utf8');
if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
const moodle = require('moodlexml-to-json');
const moodleXMLtoJSON = moodle.default || moodle;
const quietly = (fn) => { const log = console.log; console.log = () => {}; try { fn(); } finally { console.log = log; } };

const fromMoodleXml = (xml) => new Promise((resolve, reject) =>
  moodleXMLtoJSON(xml, (json, err) => (err ? reject(err) : resolve(json.questions))));

let out;
if (format === 'gift') {
  const gift = require('gift-pegjs');
  out = (gift.parse || gift)(text);
} else if (format === 'moodlexml') {
  out = await fromMoodleXml(text);
} else if (format === 'aiken') {
  const aiken = require('aiken-to-moodlexml');
  const toXml = aiken.default || aiken;
  const xml = await new Promise((resolve, reject) =>
    quietly(() => toXml(text, (x, err) => (err ? reject(new Error(String(err))) : resolve(x)))));
  out = await fromMoodleXml(xml);
} else {
  console.error(`unknown format ${format}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
