// Renders every question kind as native form controls and reports the learner's answer.
import { h, uid, announce } from './dom.js';

export const KIND_NAMES = {
  single_choice: 'Single choice',
  multiple_response: 'Multiple response',
  true_false: 'True or false',
  cloze: 'Fill in the blank',
  short_answer: 'Short answer',
  matching: 'Matching',
  ordering: 'Ordering',
  numeric: 'Number',
};

const INSTRUCTIONS = {
  single_choice: 'Choose one answer.',
  multiple_response: 'Choose every answer that is right.',
  true_false: 'Is this true or false?',
  cloze: 'Type the missing word or words.',
  short_answer: 'Type your answer.',
  matching: 'Match each item on the left with one on the right.',
  ordering: 'Put the items in order: drag them, or use the Move up and Move down buttons.',
  numeric: 'Type a number.',
};

/**
 * A fieldset for question q; answer is the saved answer (or undefined), onAnswer(answer, {typing})
 * is called on every change.
 */
export function questionForm(q, answer, onAnswer) {
  const legendId = uid('q');
  const hintId = `${legendId}-hint`;
  const fieldset = h('fieldset', { class: `question kind-${q.kind}`, 'aria-describedby': hintId, 'data-question': q.id },
    h('legend', { id: legendId }, q.stem),
    h('p', { class: 'hint', id: hintId }, INSTRUCTIONS[q.kind] || ''));
  const build = BUILDERS[q.kind] || textInput;
  fieldset.append(build(q, answer || {}, onAnswer, legendId));
  return fieldset;
}

const BUILDERS = {
  single_choice: (q, a, on) => choices(q, a, on, 'radio'),
  true_false: (q, a, on) => choices(withTrueFalse(q), a, on, 'radio'),
  multiple_response: (q, a, on) => choices(q, a, on, 'checkbox'),
  cloze: textInput,
  short_answer: textInput,
  numeric: numberInput,
  matching,
  ordering,
};

function withTrueFalse(q) {
  if (q.options && q.options.length) return q;
  return { ...q, options: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] };
}

function choices(q, answer, onAnswer, type) {
  const name = uid('choice');
  const chosen = new Set(answer.choices || []);
  const list = h('div', { class: 'options' });
  for (const option of q.options || []) {
    const id = uid('opt');
    const input = h('input', { type, id, name, value: option.id, checked: chosen.has(option.id) });
    input.addEventListener('change', () => {
      const picked = [...list.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
      onAnswer({ choices: picked });
    });
    list.append(h('div', { class: 'option' }, input, h('label', { for: id }, option.text)));
  }
  return list;
}

function textInput(q, answer, onAnswer, legendId) {
  const id = uid('text');
  const input = h('input', { type: 'text', id, value: answer.text || '', autocomplete: 'off',
    spellcheck: 'false', 'aria-labelledby': `${legendId} ${id}-label` });
  input.addEventListener('input', () => onAnswer({ text: input.value }, { typing: true }));
  input.addEventListener('change', () => onAnswer({ text: input.value }));
  return h('div', { class: 'field' }, h('label', { for: id, id: `${id}-label` }, 'Your answer'), input);
}

function numberInput(q, answer, onAnswer, legendId) {
  const id = uid('num');
  const value = answer.number === undefined || answer.number === null ? '' : String(answer.number);
  const input = h('input', { type: 'text', inputmode: 'decimal', id, value, autocomplete: 'off',
    'aria-labelledby': `${legendId} ${id}-label` });
  const report = (typing) => {
    const text = input.value.trim().replace(',', '.');
    if (text === '' || Number.isNaN(Number(text))) return;
    onAnswer({ number: Number(text) }, { typing });
  };
  input.addEventListener('input', () => report(true));
  input.addEventListener('change', () => report(false));
  return h('div', { class: 'field' }, h('label', { for: id, id: `${id}-label` }, 'Your number'), input);
}

function matching(q, answer, onAnswer) {
  const pairs = { ...(answer.pairs || {}) };
  const table = h('div', { class: 'matching' });
  for (const premise of q.premises || []) {
    const id = uid('match');
    const control = h('select', { id, 'data-premise': premise.id },
      h('option', { value: '' }, 'Choose…'),
      (q.options || []).map((o) => h('option', { value: o.id, selected: pairs[premise.id] === o.id }, o.text)));
    control.addEventListener('change', () => {
      if (control.value) pairs[premise.id] = control.value;
      else delete pairs[premise.id];
      onAnswer({ pairs: { ...pairs } });
    });
    table.append(h('div', { class: 'match-row' }, h('label', { for: id }, premise.text), control));
  }
  return table;
}

function ordering(q, answer, onAnswer) {
  const byId = new Map((q.options || []).map((o) => [o.id, o]));
  let order = (answer.choices && answer.choices.length === byId.size)
    ? answer.choices.filter((id) => byId.has(id))
    : [...byId.keys()];
  const list = h('ol', { class: 'ordering' });
  let dragged = null;

  const move = (from, to, focusDirection) => {
    if (to < 0 || to >= order.length) return;
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id);
    draw();
    onAnswer({ choices: [...order] });
    announce(`${byId.get(id).text}: now position ${to + 1} of ${order.length}.`);
    const row = list.children[to];
    const button = row && row.querySelector(focusDirection === 'up' ? '.move-up' : '.move-down');
    const target = button && !button.disabled ? button : row && row.querySelector('button:not([disabled])');
    if (target) target.focus();
  };

  const draw = () => {
    list.replaceChildren(...order.map((id, index) => {
      const option = byId.get(id);
      const up = h('button', { type: 'button', class: 'move-up', 'aria-label': `Move up: ${option.text}` }, '↑');
      const down = h('button', { type: 'button', class: 'move-down', 'aria-label': `Move down: ${option.text}` }, '↓');
      up.disabled = index === 0;
      down.disabled = index === order.length - 1;
      up.addEventListener('click', () => move(index, index - 1, 'up'));
      down.addEventListener('click', () => move(index, index + 1, 'down'));
      const item = h('li', { class: 'order-item', draggable: 'true', 'data-id': id },
        h('span', { class: 'grip', 'aria-hidden': 'true' }, '⠿'), h('span', { class: 'order-text' }, option.text),
        h('span', { class: 'order-buttons' }, up, down));
      item.addEventListener('dragstart', (e) => {
        dragged = index;
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', id);
        item.classList.add('dragging');
      });
      item.addEventListener('dragend', () => item.classList.remove('dragging'));
      item.addEventListener('dragover', (e) => { e.preventDefault(); item.classList.add('drop-target'); });
      item.addEventListener('dragleave', () => item.classList.remove('drop-target'));
      item.addEventListener('drop', (e) => {
        e.preventDefault();
        if (dragged !== null && dragged !== index) move(dragged, index);
        dragged = null;
      });
      return item;
    }));
  };
  draw();
  return list;
}

/** Whether an answer holds anything worth saving. */
export function isAnswered(q, answer) {
  if (!answer) return false;
  if (answer.pairs && Object.keys(answer.pairs).length > 0) return true;
  if (Array.isArray(answer.choices) && answer.choices.length > 0) return true;
  if (typeof answer.text === 'string' && answer.text.trim() !== '') return true;
  return typeof answer.number === 'number' && Number.isFinite(answer.number);
}

/** A key or answer as a sentence, using the option texts of the question. */
export function answerText(q, value) {
  if (!value) return '—';
  const text = (id) => {
    const option = [...(q.options || []), ...(q.premises || [])].find((o) => o.id === id);
    return option ? option.text : (id === 'true' ? 'True' : id === 'false' ? 'False' : id);
  };
  if (value.pairs && Object.keys(value.pairs).length) {
    return Object.entries(value.pairs).map(([p, o]) => `${text(p)} → ${text(o)}`).join('; ');
  }
  if (value.choices && value.choices.length) {
    return value.choices.map(text).join(q.kind === 'ordering' ? ' → ' : ', ');
  }
  if (typeof value.text === 'string' && value.text !== '') return value.text;
  if (typeof value.number === 'number') {
    return value.tolerance ? `${value.number} (± ${value.tolerance})` : String(value.number);
  }
  return '—';
}
