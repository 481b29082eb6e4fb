// The teacher's desk: classes and their codes, generating question sets, sets and quizzes.
import { get, post, del } from '../api.js';
import { h, title, fill, problem, note, uid } from '../dom.js';
import { go } from '../app.js';
import { KIND_NAMES } from '../questions.js';
import { field, onSubmit } from './forms.js';

function checkboxGroup(legend, name, items, checked) {
  return h('fieldset', { class: 'checkbox-group' }, h('legend', {}, legend),
    items.map(([value, text]) => {
      const id = uid(name);
      return h('div', { class: 'option' },
        h('input', { type: 'checkbox', id, name, value, checked: checked(value) }), h('label', { for: id }, text));
    }));
}

function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value);
}

function classesSection(classes) {
  const name = field('New class name', { name: 'className', required: true });
  const messages = h('div', { class: 'messages' });
  const form = h('form', { class: 'inline-form' }, name, h('button', { type: 'submit' }, 'Create class'), messages);
  onSubmit(form, messages, async () => {
    const created = await post('/api/classes', { name: name.input.value });
    fill(messages, note(`Class "${created.name}" created. Its code is ${created.code}.`, 'success'));
    list.append(classItem(created));
    name.input.value = '';
  });
  const classItem = (c) => h('li', {}, h('strong', {}, c.name), ' — code ', h('code', { class: 'class-code' }, c.code));
  const list = h('ul', { class: 'class-list' }, classes.map(classItem));
  return h('section', { 'aria-labelledby': 'classes-title' }, h('h2', { id: 'classes-title' }, 'Classes'), list, form);
}

function generateSection(articles) {
  const setTitle = field('Title', { name: 'title', required: true, value: 'New question set' });
  const count = field('Number of questions', { type: 'number', name: 'count', min: '1', max: '200', value: '16', required: true });
  const minD = field('Easiest (1–5)', { type: 'number', name: 'minDifficulty', min: '1', max: '5', value: '1' });
  const maxD = field('Hardest (1–5)', { type: 'number', name: 'maxDifficulty', min: '1', max: '5', value: '5' });
  const seed = field('Seed', { type: 'number', name: 'seed', value: '1' }, 'The same seed gives the same questions.');
  const messages = h('div', { class: 'messages' });
  const busy = h('div', { class: 'busy', hidden: true, role: 'status' },
    h('progress', { 'aria-label': 'Generating questions' }), h('span', { class: 'busy-text' }, 'Generating…'));
  const form = h('form', { id: 'generate-form' },
    setTitle,
    checkboxGroup('Articles', 'articles', articles.map((a) => [a.id, a.title || a.id]), () => true),
    checkboxGroup('Kinds of question', 'kinds', Object.entries(KIND_NAMES), () => true),
    h('div', { class: 'row' }, count, minD, maxD, seed),
    messages, busy, h('button', { type: 'submit', class: 'primary' }, 'Generate'));
  onSubmit(form, messages, async () => {
    busy.hidden = false;
    const started = Date.now();
    const tick = window.setInterval(() => {
      busy.querySelector('.busy-text').textContent = `Generating… ${Math.round((Date.now() - started) / 1000)} s`;
    }, 1000);
    try {
      const set = await post('/api/question-sets', {
        title: setTitle.input.value,
        articles: checkedValues(form, 'articles'),
        kinds: checkedValues(form, 'kinds'),
        count: Number(count.input.value),
        minDifficulty: Number(minD.input.value),
        maxDifficulty: Number(maxD.input.value),
        seed: Number(seed.input.value),
      });
      go(`/teacher/set/${encodeURIComponent(set.id)}`);
    } finally {
      window.clearInterval(tick);
      busy.hidden = true;
    }
  });
  return h('section', { 'aria-labelledby': 'generate-title' }, h('h2', { id: 'generate-title' }, 'Generate a question set'), form);
}

function setsSection(sets) {
  const messages = h('div', { class: 'messages' });
  const items = sets.map((s) => {
    const remove = h('button', { type: 'button', class: 'secondary small', 'aria-label': `Delete ${s.title}` }, 'Delete');
    const li = h('li', {}, h('a', { href: `#/teacher/set/${encodeURIComponent(s.id)}` }, s.title),
      ` (${(s.questions || []).length || s.questionCount || 0} questions) `, remove);
    remove.addEventListener('click', async () => {
      try {
        await del(`/api/question-sets/${encodeURIComponent(s.id)}`);
        li.remove();
        fill(messages, note(`Deleted "${s.title}".`, 'success'));
      } catch (e) {
        fill(messages, problem(e));
      }
    });
    return li;
  });
  return h('section', { 'aria-labelledby': 'sets-title' }, h('h2', { id: 'sets-title' }, 'Question sets'), messages,
    items.length ? h('ul', { class: 'set-list' }, items) : h('p', {}, 'No sets yet.'));
}

function quizzesSection(quizzes) {
  return h('section', { 'aria-labelledby': 'tq-title' }, h('h2', { id: 'tq-title' }, 'Quizzes'),
    quizzes.length ? h('ul', {}, quizzes.map((q) => h('li', {},
      h('a', { href: `#/teacher/quiz/${encodeURIComponent(q.id)}` }, `Results: ${q.title}`),
      ` (${q.questionCount} questions)`))) : h('p', {}, 'No quiz opened yet.'));
}

export async function teacherScreen(main) {
  const [classes, articles, sets, quizzes] = await Promise.all([
    get('/api/classes'), get('/api/articles'), get('/api/question-sets'), get('/api/quizzes')]);
  fill(main, title('Teaching'),
    h('p', {}, h('a', { href: '#/teacher/paste' }, 'Add an article by pasting its text')),
    classesSection(classes), generateSection(articles), setsSection(sets), quizzesSection(quizzes));
}
