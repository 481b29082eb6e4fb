// Builds DOM nodes from data without ever parsing it as HTML: text goes in as text nodes.
const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'g', 'rect', 'line', 'polyline', 'circle', 'text', 'title', 'desc', 'path']);
const PROPERTIES = new Set(['value', 'checked', 'selected', 'indeterminate']);

/** h('button', {type: 'button', onclick: fn}, 'Label', child, ...) */
export function h(tag, attrs, ...children) {
  const svg = SVG_TAGS.has(tag);
  const el = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (PROPERTIES.has(key)) {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces every child of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let idCounter = 0;
export function uid(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Says something to screen-reader users through the polite live region. */
export function announce(text) {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = '';
  window.setTimeout(() => { status.textContent = text; }, 30);
}

/** A plain, readable message box for a failure; role=alert so it is read out at once. */
export function problem(error) {
  const message = error && error.message ? error.message : 'Something went wrong.';
  const box = h('div', { class: 'message error', role: 'alert' }, h('p', {}, message));
  if (error && Array.isArray(error.errors) && error.errors.length) {
    box.append(h('ul', {}, error.errors.map((e) => h('li', {}, fieldName(e.pointer), e.detail))));
  }
  return box;
}

function fieldName(pointer) {
  if (!pointer) return '';
  const name = String(pointer).split('/').filter(Boolean).pop();
  return name ? `${name}: ` : '';
}

export function note(text, kind = 'info') {
  return h('div', { class: `message ${kind}`, role: kind === 'success' ? 'status' : null }, h('p', {}, text));
}

/** A heading that receives focus when a screen opens. */
export function title(text) {
  return h('h1', { tabindex: '-1', class: 'screen-title' }, text);
}

export function formatDate(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function percent(value, max) {
  if (!max) return 0;
  return Math.round((100 * value) / max);
}
