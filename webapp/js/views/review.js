// Reviewing a question set one question at a time (approve, edit, reject), opening it as a
// quiz for a class, and downloading it in every export format.
import { get, post, put, download } from '../api.js';
import { h, title, fill, problem, note, uid } from '../dom.js';
import { KIND_NAMES, answerText } from '../questions.js';
import { evidenceBlock } from './results.js';
import { field, select, onSubmit } from './forms.js';

export const FORMATS = [
  ['qti21', 'QTI 2.1'], ['qti30', 'QTI 3.0'], ['moodlexml', 'Moodle XML'], ['gift', 'GIFT'], ['aiken', 'Aiken'],
  ['canvas', 'Canvas'], ['kahoot-csv', 'Kahoot CSV'], ['quizlet-csv', 'Quizlet CSV'], ['h5p', 'H5P'],
];

const CHOICE_KINDS = new Set(['single_choice', 'true_false', 'multiple_response', 'ordering']);

export async function reviewScreen(main, [setId]) {
  const [set, classes] = await Promise.all([get(`/api/question-sets/${encodeURIComponent(setId)}`), get('/api/classes')]);
  const questions = set.questions || [];
  let index = 0;
  const area = h('section', { class: 'review', 'aria-labelledby': 'review-title' });
  const counts = h('p', { class: 'counts', role: 'status' });
  const messages = h('div', { class: 'messages' });

  const updateCounts = () => {
    const by = (s) => questions.filter((q) => q.status === s).length;
    counts.textContent = `${by('approved')} approved · ${by('rejected')} rejected · ${by('pending')} to review`;
  };

  const setStatus = async (q, action) => {
    try {
      const updated = await post(`/api/question-sets/${encodeURIComponent(setId)}/questions/${encodeURIComponent(q.id)}/${action}`);
      Object.assign(q, updated && updated.id ? updated : { status: action === 'approve' ? 'approved' : 'rejected' });
      fill(messages, note(`Question ${index + 1} ${q.status}.`, 'success'));
      if (index < questions.length - 1) index += 1;
      show(true);
    } catch (e) {
      fill(messages, problem(e));
    }
  };

  const show = (focus) => {
    updateCounts();
    if (!questions.length) {
      fill(area, h('h2', { id: 'review-title' }, 'No questions in this set'));
      return;
    }
    const q = questions[index];
    const prev = h('button', { type: 'button', class: 'secondary' }, 'Previous');
    const next = h('button', { type: 'button', class: 'secondary' }, 'Next');
    prev.disabled = index === 0;
    next.disabled = index === questions.length - 1;
    prev.addEventListener('click', () => { index -= 1; show(true); });
    next.addEventListener('click', () => { index += 1; show(true); });
    const approve = h('button', { type: 'button', class: 'approve' }, 'Approve');
    const reject = h('button', { type: 'button', class: 'reject' }, 'Reject');
    const edit = h('button', { type: 'button', class: 'secondary' }, 'Edit');
    approve.addEventListener('click', () => setStatus(q, 'approve'));
    reject.addEventListener('click', () => setStatus(q, 'reject'));
    edit.addEventListener('click', () => fill(area, editor(q)));
    fill(area,
      h('h2', { id: 'review-title', tabindex: '-1' }, `Question ${index + 1} of ${questions.length}`),
      h('p', { class: 'meta' }, `${KIND_NAMES[q.kind] || q.kind} · difficulty ${q.difficulty ?? '?'} · version ${q.version ?? 1} · `,
        h('span', { class: `status status-${q.status}` }, q.status)),
      h('p', { class: 'stem' }, q.stem),
      (q.premises || []).length ? h('ul', { class: 'premises', 'aria-label': 'Items to match' }, q.premises.map((p) => h('li', {}, p.text))) : null,
      (q.options || []).length ? h('ul', { class: 'options-list', 'aria-label': 'Options' }, q.options.map((o) => h('li', {}, o.text))) : null,
      h('p', { class: 'key' }, h('strong', {}, 'Answer key: '), answerText(q, q.key)),
      (q.accepted || []).length ? h('p', {}, h('strong', {}, 'Also accepted: '), q.accepted.join(', ')) : null,
      q.feedback ? h('p', {}, h('strong', {}, 'Feedback: '), q.feedback) : null,
      evidenceBlock(q.evidence, q.source),
      h('div', { class: 'button-row' }, approve, edit, reject),
      h('div', { class: 'button-row' }, prev, next));
    if (focus) area.querySelector('h2').focus();
  };

  const editor = (q) => {
    const stem = field('Question', { tag: 'textarea', rows: '3', value: q.stem, required: true });
    const premiseFields = (q.premises || []).map((p, i) => field(`Item ${i + 1}`, { value: p.text, 'data-id': p.id }));
    const optionFields = (q.options || []).map((o, i) => field(`Option ${i + 1}`, { value: o.text, 'data-id': o.id }));
    const keyArea = keyEditor(q);
    const accepted = field('Also accepted (separate with ;)', { value: (q.accepted || []).join('; ') });
    const feedback = field('Feedback', { tag: 'textarea', rows: '2', value: q.feedback || '' });
    const editMessages = h('div', { class: 'messages' });
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    cancel.addEventListener('click', () => show(true));
    const form = h('form', { class: 'question-editor', 'aria-labelledby': 'edit-title' },
      h('h2', { id: 'edit-title', tabindex: '-1' }, `Edit question ${index + 1}`),
      stem,
      premiseFields.length ? h('fieldset', {}, h('legend', {}, 'Items to match'), premiseFields) : null,
      optionFields.length ? h('fieldset', {}, h('legend', {}, 'Options'), optionFields) : null,
      keyArea, ['cloze', 'short_answer'].includes(q.kind) ? accepted : null, feedback, editMessages,
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary' }, 'Save new version'), cancel));
    onSubmit(form, editMessages, async () => {
      const updated = await put(`/api/question-sets/${encodeURIComponent(setId)}/questions/${encodeURIComponent(q.id)}`, {
        stem: stem.input.value,
        options: optionFields.map((f) => ({ id: f.input.dataset.id, text: f.input.value })),
        premises: premiseFields.map((f) => ({ id: f.input.dataset.id, text: f.input.value })),
        key: keyArea.read(),
        accepted: accepted.input.value.split(';').map((s) => s.trim()).filter(Boolean),
        feedback: feedback.input.value,
      });
      Object.assign(q, updated);
      fill(messages, note(`Saved version ${q.version ?? ''} of question ${index + 1}.`, 'success'));
      show(true);
    });
    window.setTimeout(() => form.querySelector('h2').focus(), 0);
    return form;
  };

  fill(main, title(set.title || 'Question set'), counts, messages, area,
    openQuizSection(set, classes), exportSection(setId));
  show(false);
}

function keyEditor(q) {
  const key = q.key || {};
  const wrap = h('fieldset', { class: 'key-editor' }, h('legend', {}, 'Answer key'));
  if (CHOICE_KINDS.has(q.kind) && q.kind !== 'ordering') {
    const type = q.kind === 'multiple_response' ? 'checkbox' : 'radio';
    const name = uid('key');
    const options = (q.options || []).length ? q.options : [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }];
    for (const o of options) {
      const id = uid('k');
      wrap.append(h('div', { class: 'option' },
        h('input', { type, id, name, value: o.id, checked: (key.choices || []).includes(o.id) }), h('label', { for: id }, o.text)));
    }
    wrap.read = () => ({ choices: [...wrap.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value) });
  } else if (q.kind === 'ordering') {
    const order = field('Right order (option numbers, e.g. 2,1,3)',
      { value: (key.choices || []).map((id) => q.options.findIndex((o) => o.id === id) + 1).join(',') });
    wrap.append(order);
    wrap.read = () => ({ choices: order.input.value.split(',').map((n) => q.options[Number(n.trim()) - 1])
      .filter(Boolean).map((o) => o.id) });
  } else if (q.kind === 'matching') {
    const selects = (q.premises || []).map((p) => {
      const s = select(p.text, q.options.map((o) => [o.id, o.text]));
      s.input.value = (key.pairs || {})[p.id] || '';
      s.input.dataset.premise = p.id;
      return s;
    });
    wrap.append(...selects);
    wrap.read = () => ({ pairs: Object.fromEntries(selects.map((s) => [s.input.dataset.premise, s.input.value])) });
  } else if (q.kind === 'numeric') {
    const number = field('Right number', { type: 'text', inputmode: 'decimal', value: key.number ?? '' });
    const tolerance = field('Tolerance', { type: 'text', inputmode: 'decimal', value: key.tolerance ?? 0 });
    wrap.append(number, tolerance);
    wrap.read = () => ({ number: Number(number.input.value), tolerance: Number(tolerance.input.value || 0) });
  } else {
    const text = field('Right answer', { value: key.text || '' });
    wrap.append(text);
    wrap.read = () => ({ text: text.input.value });
  }
  return wrap;
}

function openQuizSection(set, classes) {
  const klass = select('Class', classes.map((c) => [c.id, c.name]), { required: true });
  const quizTitle = field('Quiz title', { value: set.title || 'Quiz', required: true });
  const minutes = field('Time limit in minutes (empty for none)', { type: 'number', min: '1' });
  const attempts = field('Attempts allowed', { type: 'number', min: '1', value: '1', required: true });
  const shuffleId = uid('shuffle');
  const shuffle = h('input', { type: 'checkbox', id: shuffleId, checked: true });
  const messages = h('div', { class: 'messages' });
  const form = h('form', { id: 'open-quiz-form' }, klass, quizTitle, minutes, attempts,
    h('div', { class: 'option' }, shuffle, h('label', { for: shuffleId }, 'Shuffle questions and options')),
    messages, h('button', { type: 'submit' }, 'Open as quiz'));
  onSubmit(form, messages, async () => {
    if (!classes.length) throw new Error('Create a class first.');
    const quiz = await post('/api/quizzes', {
      questionSetId: set.id,
      classId: klass.input.value,
      title: quizTitle.input.value,
      timeLimitSeconds: minutes.input.value ? Number(minutes.input.value) * 60 : null,
      attemptsAllowed: Number(attempts.input.value),
      shuffle: shuffle.checked,
    });
    fill(messages, h('div', { class: 'message success', role: 'status' }, h('p', {}, `Quiz "${quiz.title}" is open. `,
      h('a', { href: `#/teacher/quiz/${encodeURIComponent(quiz.id)}` }, 'See its results'))));
  });
  return h('section', { 'aria-labelledby': 'open-title' }, h('h2', { id: 'open-title' }, 'Open as a quiz'),
    h('p', {}, 'Rejected questions are left out of the quiz.'), form);
}

function exportSection(setId) {
  const messages = h('div', { class: 'messages', 'aria-live': 'polite' });
  const buttons = FORMATS.map(([format, label]) => {
    const b = h('button', { type: 'button', class: 'secondary', 'data-format': format }, `Download ${label}`);
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        const file = await download(`/api/question-sets/${encodeURIComponent(setId)}/export?format=${format}`, `questions.${format}`);
        fill(messages, note(`Downloaded ${file.name} (${file.size} bytes).${file.report ? ` ${file.report}` : ''}`, 'success'));
      } catch (e) {
        fill(messages, problem(e));
      } finally {
        b.disabled = false;
      }
    });
    return b;
  });
  return h('section', { 'aria-labelledby': 'export-title' }, h('h2', { id: 'export-title' }, 'Export'),
    h('div', { class: 'button-row wrap' }, buttons), messages);
}
