// The result of a submitted attempt: score, and per question the outcome, feedback and source.
import { get, post } from '../api.js';
import { h, title, fill, percent } from '../dom.js';
import { answerText } from '../questions.js';

const OUTCOME = { correct: '✓ Correct', partial: '◐ Partly right', incorrect: '✗ Not right' };

/** A link to the article paragraph that holds the evidence, with the sentence highlighted. */
export function evidenceLink(evidence, label = 'Read it in the article') {
  if (!evidence || !evidence.article) return null;
  const q = new URLSearchParams({ p: String(evidence.paragraph ?? ''), s: String(evidence.start ?? ''), e: String(evidence.end ?? '') });
  return h('a', { class: 'evidence-link', href: `#/article/${encodeURIComponent(evidence.article)}?${q}` }, label);
}

export function evidenceBlock(evidence, source) {
  if (!evidence) return null;
  const cite = source && source.title ? [source.title, source.dateline].filter(Boolean).join(', ') : null;
  return h('figure', { class: 'evidence' },
    h('blockquote', {}, evidence.sentence),
    h('figcaption', {}, cite ? `${cite} · ` : '', evidenceLink(evidence)));
}

export async function resultsScreen(main, [attemptId]) {
  const attempt = await get(`/api/attempts/${encodeURIComponent(attemptId)}`);
  const stored = window.sessionStorage.getItem(`factquiz.result.${attemptId}`);
  const result = stored ? JSON.parse(stored) : await post(`/api/attempts/${encodeURIComponent(attemptId)}/submit`);
  const byId = new Map((attempt.questions || []).map((q) => [q.id, q]));
  const answers = attempt.answers || {};
  const score = Math.round((result.score || 0) * 100) / 100;

  const items = (result.questions || []).map((r, i) => {
    const q = byId.get(r.id) || { id: r.id, stem: '', options: [], premises: [], kind: '' };
    return h('li', { class: `result outcome-${r.outcome}` },
      h('h2', { class: 'result-title' }, `Question ${i + 1}: `, h('span', { class: 'outcome' }, OUTCOME[r.outcome] || r.outcome)),
      h('p', { class: 'stem' }, q.stem),
      h('dl', { class: 'answer-pair' },
        h('dt', {}, 'Your answer'), h('dd', {}, answerText(q, answers[r.id])),
        h('dt', {}, 'Right answer'), h('dd', {}, answerText(q, r.key))),
      r.feedback ? h('p', { class: 'feedback' }, r.feedback) : null,
      r.reason ? h('p', { class: 'reason' }, r.reason) : null,
      evidenceBlock(r.evidence, r.source));
  });

  fill(main, 
    title('Your result'),
    h('p', { class: 'score' }, `You scored ${score} out of ${result.maxScore} (${percent(result.score, result.maxScore)} %).`),
    h('p', {}, h('a', { href: '#/mistakes' }, 'Review my mistakes'), ' · ', h('a', { href: '#/progress' }, 'See my progress'),
      ' · ', h('a', { href: '#/' }, 'Back to quizzes')),
    h('ol', { class: 'results' }, items));
}
