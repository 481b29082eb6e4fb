// The home screen: a student's open quizzes and classes, and the articles everyone can read.
import { get, post } from '../api.js';
import { h, title, fill, problem, note } from '../dom.js';
import { session, go } from '../app.js';
import { field, onSubmit } from './forms.js';

export async function homeScreen(main) {
  const student = session.user.role === 'student';
  const [articles, quizzes] = await Promise.all([
    get('/api/articles'),
    student ? get('/api/quizzes') : Promise.resolve([]),
  ]);
  const parts = [title(student ? `Hello, ${session.user.name || 'student'}` : 'Articles')];
  if (student) {
    parts.push(quizSection(quizzes), joinSection());
  } else {
    parts.push(h('p', {}, h('a', { href: '#/teacher' }, 'Go to teaching tools')));
  }
  parts.push(articleSection(articles));
  fill(main, ...parts);
}

function quizSection(quizzes) {
  const messages = h('div', { class: 'messages' });
  const list = quizzes.length === 0
    ? h('p', {}, 'No quiz is open to you yet.')
    : h('ul', { class: 'cards' }, quizzes.map((quiz) => {
      const used = quiz.attemptsUsed || 0;
      const left = (quiz.attemptsAllowed || 1) - used;
      const button = h('button', { type: 'button' }, used > 0 && left > 0 ? 'Start or resume' : 'Start');
      button.disabled = left <= 0;
      button.addEventListener('click', async () => {
        button.disabled = true;
        messages.replaceChildren();
        try {
          const attempt = await post(`/api/quizzes/${encodeURIComponent(quiz.id)}/attempts`);
          go(`/attempt/${encodeURIComponent(attempt.id)}`);
        } catch (e) {
          messages.replaceChildren(problem(e));
          button.disabled = false;
        }
      });
      return h('li', { class: 'card' },
        h('h3', {}, quiz.title),
        h('p', {}, `${quiz.questionCount} questions`,
          quiz.timeLimitSeconds ? ` · ${Math.round(quiz.timeLimitSeconds / 60)} minutes` : '',
          ` · attempts used ${used} of ${quiz.attemptsAllowed}`),
        button);
    }));
  return h('section', { 'aria-labelledby': 'quizzes-title' },
    h('h2', { id: 'quizzes-title' }, 'Your quizzes'), messages, list);
}

function joinSection() {
  const code = field('Class code', { name: 'code', required: true, autocomplete: 'off' });
  const messages = h('div', { class: 'messages' });
  const form = h('form', { class: 'inline-form' }, code, h('button', { type: 'submit' }, 'Join class'), messages);
  onSubmit(form, messages, async () => {
    await post('/api/classes/join', { code: code.input.value.trim() });
    messages.replaceChildren(note('You joined the class.', 'success'));
    window.setTimeout(() => go('/'), 600);
  });
  return h('section', { 'aria-labelledby': 'join-title' }, h('h2', { id: 'join-title' }, 'Join another class'), form);
}

function articleSection(articles) {
  return h('section', { 'aria-labelledby': 'articles-title' },
    h('h2', { id: 'articles-title' }, 'Articles'),
    articles.length === 0 ? h('p', {}, 'No articles yet.') : h('ul', { class: 'article-list' },
      articles.map((a) => h('li', {},
        h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id),
        a.dateline ? h('span', { class: 'meta' }, ` — ${[a.dateline.place, a.dateline.date].filter(Boolean).join(', ')}`) : null))));
}
