// Adding an article by pasting its text; shows the facts found and the questions made from them.
import { post } from '../api.js';
import { h, title, fill } from '../dom.js';
import { answerText, KIND_NAMES } from '../questions.js';
import { field, onSubmit } from './forms.js';

function list(heading, items, render) {
  return h('section', { class: 'fact-list' }, h('h3', {}, `${heading} (${items.length})`),
    items.length ? h('ul', {}, items.map((i) => h('li', {}, render(i)))) : h('p', {}, 'None found.'));
}

export async function pasteScreen(main) {
  const articleTitle = field('Title (optional)', { name: 'title' });
  const text = field('Article text', { tag: 'textarea', name: 'text', rows: '12', required: true, maxlength: String(200 * 1024) },
    'Paste the whole article, up to 200 KB. The first line may be the title.');
  const messages = h('div', { class: 'messages' });
  const output = h('div', { class: 'paste-output', 'aria-live': 'polite' });
  const form = h('form', { id: 'paste-form' }, articleTitle, text, messages, h('button', { type: 'submit', class: 'primary' }, 'Add article'));
  onSubmit(form, messages, async () => {
    const started = performance.now();
    const result = await post('/api/articles', { title: articleTitle.input.value || null, text: text.input.value });
    const ms = Math.round(performance.now() - started);
    const facts = result.facts || {};
    const questions = result.questions || [];
    const article = result.article || {};
    fill(output,
      h('h2', { tabindex: '-1', id: 'paste-result' }, `Added: ${article.title || 'article'}`),
      h('p', {}, `Facts and ${questions.length} questions in ${ms} ms. `,
        article.id ? h('a', { href: `#/article/${encodeURIComponent(article.id)}` }, 'Open it in the reader') : null),
      list('People', facts.people || [], (p) => [p.name, (p.roles || []).length ? ` — ${p.roles.join('; ')}` : '']),
      list('Bodies', facts.bodies || [], (b) => [b.name, b.kind ? ` (${b.kind})` : '']),
      list('Quotes', facts.quotes || [], (q) => [h('q', {}, q.text), ` — ${q.speaker}`]),
      list('Dated events', facts.events || [], (e) => [h('strong', {}, e.date || 'undated'), ` ${e.what}`]),
      h('section', {}, h('h3', {}, `Questions (${questions.length})`),
        h('ol', {}, questions.map((q) => h('li', {}, h('span', { class: 'tag' }, KIND_NAMES[q.kind] || q.kind), ' ', q.stem,
          h('br'), h('small', {}, 'Answer: ', answerText(q, q.key)))))));
    output.querySelector('h2').focus();
  });
  fill(main, title('Add an article'), form, output);
}
