// Study mode: flashcards rated 1–4 with spaced repetition, the forecast, and "review my mistakes".
import { get, post, put, query } from '../api.js';
import { h, title, fill, problem, note, announce } from '../dom.js';
import { refreshDueBadge } from '../app.js';
import { barChart, dataTable } from '../charts.js';
import { questionForm, isAnswered, answerText } from '../questions.js';
import { evidenceBlock } from './results.js';
import { select } from './forms.js';

const RATINGS = [['again', 'Again'], ['hard', 'Hard'], ['good', 'Good'], ['easy', 'Easy']];

function front(card) {
  const q = card.question;
  const options = q.kind === 'matching'
    ? h('div', { class: 'card-options' },
      h('p', {}, 'Match:'), h('ul', {}, (q.premises || []).map((p) => h('li', {}, p.text))),
      h('p', {}, 'with:'), h('ul', {}, (q.options || []).map((o) => h('li', {}, o.text))))
    : (q.options || []).length ? h('ul', { class: 'card-options' }, q.options.map((o) => h('li', {}, o.text))) : null;
  return h('div', { class: 'card-front' }, h('p', { class: 'card-stem' }, q.stem), options);
}

function days(n) {
  if (n === 0) return 'later today';
  return n === 1 ? 'in 1 day' : `in ${n} days`;
}

export async function studyScreen(main, args, params) {
  const article = params.get('article') || '';
  const [queue, stats, forecast, articles, settings] = await Promise.all([
    get(`/api/study/queue${query({ article, limit: 50 })}`),
    get('/api/study/stats'),
    get('/api/study/forecast'),
    get('/api/articles'),
    get('/api/study/settings'),
  ]);
  const retention = select('How much do you want to remember?',
    [['0.7', '70 % — fewest reviews'], ['0.75', '75 %'], ['0.8', '80 %'], ['0.85', '85 %'], ['0.9', '90 % — recommended'],
      ['0.95', '95 %'], ['0.97', '97 % — most reviews']], { id: 'study-retention' });
  retention.input.value = String(settings.desiredRetention);
  const retentionMessages = h('div', { class: 'messages', 'aria-live': 'polite' });
  retention.input.addEventListener('change', async () => {
    try {
      const saved = await put('/api/study/settings', { desiredRetention: Number(retention.input.value) });
      fill(retentionMessages, note(`Saved: reviews are now planned for ${Math.round(saved.desiredRetention * 100)} % recall.`, 'success'));
    } catch (e) {
      fill(retentionMessages, problem(e));
    }
  });
  const picker = select('Add new facts from an article',
    [['', 'Only facts that are due'], ...articles.map((a) => [a.id, a.title || a.id])], { id: 'study-article' });
  picker.input.value = article;
  picker.input.addEventListener('change', () => {
    window.location.hash = `/study${query({ article: picker.input.value })}`;
  });

  const area = h('section', { class: 'flashcard', 'aria-labelledby': 'card-title' });
  const messages = h('div', { class: 'messages' });
  let index = 0;
  let back = false;

  const showCard = (focus) => {
    back = false;
    if (index >= queue.length) {
      fill(area, h('h2', { id: 'card-title', tabindex: '-1' }, 'All done for now'),
        h('p', {}, queue.length ? `You reviewed ${queue.length} cards.` : 'Nothing is due. Pick an article above to learn new facts.'));
      if (focus) area.querySelector('h2').focus();
      refreshDueBadge();
      return;
    }
    const card = queue[index];
    const flip = h('button', { type: 'button', class: 'primary', id: 'show-answer', 'aria-keyshortcuts': 'Space' }, 'Show answer');
    flip.addEventListener('click', () => showBack(card));
    fill(area,
      h('h2', { id: 'card-title', tabindex: '-1' }, `Card ${index + 1} of ${queue.length}`,
        card.due ? '' : h('span', { class: 'tag' }, ' new')),
      front(card), flip);
    if (focus) flip.focus();
  };

  const showBack = async (card) => {
    let detail;
    try {
      detail = await get(`/api/study/card/${encodeURIComponent(card.question.id)}`);
    } catch (e) {
      fill(messages, problem(e));
      return;
    }
    back = true;
    const buttons = RATINGS.map(([value, text], i) => {
      const b = h('button', { type: 'button', class: `rate rate-${value}`, 'data-rating': value,
        'aria-keyshortcuts': String(i + 1) }, h('kbd', {}, String(i + 1)), ` ${text}`);
      b.addEventListener('click', () => rate(card, value));
      return b;
    });
    fill(area,
      h('h2', { id: 'card-title', tabindex: '-1' }, `Card ${index + 1} of ${queue.length}`),
      front(card),
      h('div', { class: 'card-back' },
        h('p', { class: 'card-answer' }, h('strong', {}, 'Answer: '), detail.answer || answerText(card.question, detail.key)),
        detail.feedback ? h('p', {}, detail.feedback) : null,
        evidenceBlock(detail.evidence, detail.source)),
      h('p', { id: 'rate-hint', class: 'hint' }, 'How well did you remember? Press 1, 2, 3 or 4.'),
      h('div', { class: 'button-row rating', role: 'group', 'aria-describedby': 'rate-hint', 'aria-label': 'Rate your recall' }, buttons));
    buttons[2].focus();
  };

  const rate = async (card, rating) => {
    if (!back) return;
    back = false;
    try {
      const r = await post('/api/study/reviews', { factId: card.factId, questionId: card.question.id, rating });
      announce(`Rated ${rating}. Next review ${days(r.interval)}.`);
      fill(messages);
      index += 1;
      showCard(true);
    } catch (e) {
      back = true;
      fill(messages, problem(e));
    }
  };

  const onKey = (event) => {
    if (!area.isConnected) {
      document.removeEventListener('keydown', onKey);
      return;
    }
    const target = event.target;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (back && ['1', '2', '3', '4'].includes(event.key)) {
      event.preventDefault();
      rate(queue[index], RATINGS[Number(event.key) - 1][0]);
    }
  };
  document.addEventListener('keydown', onKey);

  const bars = forecast.map((d) => ({ label: d.date, short: d.date.slice(5), value: d.due }));
  fill(main, 
    title('Study'),
    h('p', { class: 'stats' }, `${stats.dueNow} due now · ${stats.factsMet} facts met · `,
      `${stats.mature} well learned · recall now about ${Math.round((stats.averageRecall || 0) * 100)} %`,
      stats.trueRetention30d === null || stats.trueRetention30d === undefined ? ''
        : ` · remembered ${Math.round(stats.trueRetention30d * 100)} % of reviews in 30 days`),
    picker, messages, area,
    h('section', { 'aria-labelledby': 'forecast-title' },
      h('h2', { id: 'forecast-title' }, 'Coming up'),
      h('div', { class: 'inline-form' }, retention, retentionMessages),
      barChart('Reviews due per day for the next 30 days', bars),
      h('details', {}, h('summary', {}, 'Forecast as a table'),
        dataTable('Reviews due per day', ['Day', 'Due'], forecast.map((d) => [d.date, String(d.due)])))));
  showCard(false);
}

export async function mistakesScreen(main) {
  const mistakes = await get('/api/study/mistakes?limit=10');
  if (!mistakes.length) {
    fill(main, title('Review my mistakes'), note('No missed facts to review. Well done!', 'success'));
    return;
  }
  const answers = {};
  const items = mistakes.map((m, i) => h('li', { class: 'mistake', id: `mistake-${i}` },
    questionForm(m.question, undefined, (a) => { answers[m.question.id] = a; }),
    h('div', { class: 'mistake-feedback', 'aria-live': 'polite' })));
  const messages = h('div', { class: 'messages' });
  const check = h('button', { type: 'submit', class: 'primary' }, 'Check my answers');
  const form = h('form', { class: 'mistakes-form' }, h('ol', { class: 'mistakes' }, items), messages, check);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    check.disabled = true;
    fill(messages);
    let right = 0;
    try {
      for (const [i, m] of mistakes.entries()) {
        const answer = answers[m.question.id];
        const body = isAnswered(m.question, answer) ? { factId: m.factId, questionId: m.question.id, answer }
          : { factId: m.factId, questionId: m.question.id, rating: 'again' };
        const r = await post('/api/study/reviews', body);
        const card = await get(`/api/study/card/${encodeURIComponent(m.question.id)}`);
        const ok = r.outcome === 'correct';
        right += ok ? 1 : 0;
        fill(items[i].querySelector('.mistake-feedback'),
          h('p', { class: `outcome outcome-${r.outcome || 'incorrect'}` }, ok ? '✓ Right' : r.outcome === 'partial' ? '◐ Partly right' : '✗ Not yet'),
          h('p', {}, h('strong', {}, 'Answer: '), card.answer || answerText(m.question, card.key)),
          evidenceBlock(card.evidence, card.source));
      }
      fill(messages, note(`${right} of ${mistakes.length} right. These facts come back in your study queue.`, 'success'));
      refreshDueBadge();
    } catch (e) {
      check.disabled = false;
      fill(messages, problem(e));
    }
  });
  fill(main, title('Review my mistakes'),
    h('p', {}, `A short quiz of the ${mistakes.length} facts you missed most recently.`), form);
}
