// A student's progress: score history as a chart, mastery by article, person, body and kind.
import { get } from '../api.js';
import { h, title, fill, formatDate, percent } from '../dom.js';
import { lineChart, dataTable, meter } from '../charts.js';
import { KIND_NAMES } from '../questions.js';

function label(item) {
  return item.title || item.name || item.label || KIND_NAMES[item.kind] || item.kind || item.article || item.id || '—';
}

function share(item) {
  for (const key of ['mastery', 'share', 'ratio', 'accuracy']) {
    if (typeof item[key] === 'number') return item[key] > 1 ? item[key] / 100 : item[key];
  }
  const total = item.total ?? item.answered ?? item.attempts;
  const right = item.correct ?? item.right ?? item.credit;
  return total ? right / total : 0;
}

function masterySection(heading, items) {
  const rows = (items || []).map((item) => [label(item), meter(share(item), `${label(item)} mastery`),
    String(item.total ?? item.answered ?? '')]);
  return h('section', { class: 'mastery' }, h('h3', {}, heading),
    rows.length ? dataTable(`Mastery by ${heading.toLowerCase()}`, [heading, 'Mastery', 'Answered'], rows)
      : h('p', {}, 'Nothing yet.'));
}

export async function progressScreen(main) {
  const progress = await get('/api/progress/me');
  const history = progress.history || [];
  const points = history.map((a) => ({ label: `${a.quizTitle} (${formatDate(a.submittedAt)})`, value: percent(a.score, a.maxScore) }));
  const mastery = progress.mastery || {};
  fill(main, 
    title('My progress'),
    h('section', { 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title' }, 'Scores'),
      history.length ? lineChart('Score per attempt, in per cent', points) : h('p', {}, 'No quiz handed in yet.'),
      history.length ? dataTable('Scores per attempt', ['Quiz', 'Handed in', 'Score'],
        history.map((a) => [a.quizTitle, formatDate(a.submittedAt), `${a.score} of ${a.maxScore}`])) : null),
    h('section', { 'aria-labelledby': 'mastery-title' },
      h('h2', { id: 'mastery-title' }, 'Mastery'),
      h('div', { class: 'mastery-grid' },
        masterySection('Articles', mastery.articles), masterySection('People', mastery.people),
        masterySection('Bodies', mastery.bodies), masterySection('Kinds', mastery.kinds))),
    h('section', { 'aria-labelledby': 'missed-title' },
      h('h2', { id: 'missed-title' }, 'Facts I missed'),
      (progress.missed || []).length
        ? h('p', {}, `${progress.missed.length} facts to go over. `, h('a', { href: '#/mistakes' }, 'Review my mistakes'))
        : h('p', {}, 'Nothing missed so far.')));
}
