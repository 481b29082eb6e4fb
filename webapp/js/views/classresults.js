// A quiz's results for the teacher: each student's score, and per question its difficulty (share
// of students right) and discrimination.
import { get } from '../api.js';
import { h, title, fill } from '../dom.js';
import { barChart, dataTable } from '../charts.js';

function fixed(n) {
  return typeof n === 'number' && Number.isFinite(n) ? n.toFixed(2) : '—';
}

export async function classResultsScreen(main, [quizId]) {
  const [results, quizzes] = await Promise.all([
    get(`/api/quizzes/${encodeURIComponent(quizId)}/results`), get('/api/quizzes').catch(() => [])]);
  const quiz = quizzes.find((q) => String(q.id) === String(quizId));
  let stems = new Map();
  if (quiz && quiz.questionSetId) {
    const set = await get(`/api/question-sets/${encodeURIComponent(quiz.questionSetId)}`).catch(() => null);
    if (set) stems = new Map((set.questions || []).map((q) => [q.id, q.stem]));
  }
  const students = results.students || [];
  const items = results.items || [];
  const itemLabel = (item, i) => stems.get(item.questionId) || `Question ${i + 1}`;
  fill(main, 
    title(`Results: ${quiz ? quiz.title : 'quiz'}`),
    h('section', { 'aria-labelledby': 'students-title' }, h('h2', { id: 'students-title' }, 'Students'),
      students.length ? dataTable('Score per student', ['Student', 'Score'],
        students.map((s) => [s.name || s.email || String(s.id), s.score === null || s.score === undefined ? 'not handed in' : String(s.score)]))
        : h('p', {}, 'Nobody has handed in yet.')),
    h('section', { 'aria-labelledby': 'items-title' }, h('h2', { id: 'items-title' }, 'Questions'),
      h('p', {}, 'Difficulty is the share of students who got the question right (higher is easier); ',
        'discrimination tells how well it separates strong from weak students (above 0.3 is good, below 0 needs a look).'),
      items.length ? barChart('Share right per question, in per cent',
        items.map((item, i) => ({ label: itemLabel(item, i), short: `Q${i + 1}`, value: Math.round((item.difficulty || 0) * 100) })), ' %') : null,
      items.length ? dataTable('Item analysis', ['Question', 'Difficulty', 'Discrimination'],
        items.map((item, i) => [itemLabel(item, i), fixed(item.difficulty), fixed(item.discrimination)])) : h('p', {}, 'No answers yet.')));
}
