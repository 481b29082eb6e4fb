// Taking a quiz: one question at a time, every answer saved as it is given, resumable on reload.
import { get, put, post } from '../api.js';
import { h, title, fill, problem, announce, formatDate } from '../dom.js';
import { go } from '../app.js';
import { questionForm, isAnswered, KIND_NAMES } from '../questions.js';

export async function attemptScreen(main, [attemptId]) {
  const attempt = await get(`/api/attempts/${encodeURIComponent(attemptId)}`);
  if (attempt.status === 'submitted') {
    go(`/results/${encodeURIComponent(attemptId)}`);
    return;
  }
  const quizzes = await get('/api/quizzes').catch(() => []);
  const quiz = quizzes.find((q) => String(q.id) === String(attempt.quizId));
  const questions = attempt.questions || [];
  const answers = { ...(attempt.answers || {}) };
  const positionKey = `factquiz.attempt.${attemptId}.position`;
  let position = Math.min(Number(window.sessionStorage.getItem(positionKey) || 0), Math.max(questions.length - 1, 0));
  const timers = new Map();

  const progress = h('progress', { max: String(questions.length), value: '0', 'aria-labelledby': 'answered-label' });
  const answeredLabel = h('span', { id: 'answered-label' });
  const saveStatus = h('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const stepList = h('ol', { class: 'steps', 'aria-label': 'Questions' });
  const questionArea = h('div', { class: 'question-area' });
  const messages = h('div', { class: 'messages' });
  const prev = h('button', { type: 'button', class: 'secondary' }, 'Previous');
  const next = h('button', { type: 'button' }, 'Next');
  const submit = h('button', { type: 'button', class: 'primary', id: 'submit-attempt' }, 'Submit answers');
  const deadline = attempt.deadline ? h('p', { class: 'deadline' }, `Hand in by ${formatDate(attempt.deadline)}`) : null;

  const answeredCount = () => questions.filter((q) => isAnswered(q, answers[q.id])).length;

  const updateProgress = () => {
    const n = answeredCount();
    progress.value = n;
    answeredLabel.textContent = `Answered ${n} of ${questions.length}`;
    [...stepList.children].forEach((li, i) => {
      const button = li.firstChild;
      const done = isAnswered(questions[i], answers[questions[i].id]);
      button.classList.toggle('answered', done);
      button.setAttribute('aria-label', `Question ${i + 1}${done ? ', answered' : ''}`);
      if (i === position) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
  };

  const save = async (q, answer) => {
    saveStatus.textContent = 'Saving…';
    try {
      await put(`/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(q.id)}`, answer);
      saveStatus.textContent = `Answer to question ${questions.indexOf(q) + 1} saved.`;
      fill(messages);
    } catch (e) {
      saveStatus.textContent = '';
      fill(messages, problem(e));
    }
  };

  const onAnswer = (q) => (answer, how = {}) => {
    answers[q.id] = answer;
    updateProgress();
    window.clearTimeout(timers.get(q.id));
    if (!isAnswered(q, answer) && q.kind !== 'matching') return;
    if (how.typing) timers.set(q.id, window.setTimeout(() => save(q, answer), 500));
    else save(q, answer);
  };

  const show = (index, focus) => {
    position = index;
    window.sessionStorage.setItem(positionKey, String(index));
    const q = questions[index];
    fill(questionArea,
      h('p', { class: 'question-number' }, `Question ${index + 1} of ${questions.length}`,
        h('span', { class: 'kind' }, ` · ${KIND_NAMES[q.kind] || q.kind}`)),
      questionForm(q, answers[q.id], onAnswer(q)));
    prev.disabled = index === 0;
    next.disabled = index === questions.length - 1;
    updateProgress();
    if (focus) {
      const legend = questionArea.querySelector('legend');
      legend.setAttribute('tabindex', '-1');
      legend.focus();
    }
  };

  questions.forEach((q, i) => {
    const b = h('button', { type: 'button', class: 'step' }, String(i + 1));
    b.addEventListener('click', () => show(i, true));
    stepList.append(h('li', {}, b));
  });
  prev.addEventListener('click', () => show(position - 1, true));
  next.addEventListener('click', () => show(position + 1, true));

  let confirming = false;
  submit.addEventListener('click', async () => {
    const missing = questions.length - answeredCount();
    if (missing > 0 && !confirming) {
      confirming = true;
      submit.textContent = 'Submit anyway';
      fill(messages, h('div', { class: 'message warning', role: 'alert' },
        h('p', {}, `${missing} question${missing === 1 ? ' is' : 's are'} not answered yet. Press "Submit anyway" to hand in now.`)));
      return;
    }
    submit.disabled = true;
    for (const t of timers.values()) window.clearTimeout(t);
    try {
      await Promise.all(questions.filter((q) => timers.has(q.id) && isAnswered(q, answers[q.id]))
        .map((q) => put(`/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(q.id)}`, answers[q.id])));
      const result = await post(`/api/attempts/${encodeURIComponent(attemptId)}/submit`);
      window.sessionStorage.setItem(`factquiz.result.${attemptId}`, JSON.stringify(result));
      window.sessionStorage.removeItem(positionKey);
      announce('Answers submitted.');
      go(`/results/${encodeURIComponent(attemptId)}`);
    } catch (e) {
      submit.disabled = false;
      fill(messages, problem(e));
    }
  });

  fill(main, 
    title(quiz ? quiz.title : 'Quiz'),
    deadline,
    h('div', { class: 'attempt-progress' }, answeredLabel, progress),
    h('nav', { 'aria-label': 'Question list' }, stepList),
    questionArea,
    saveStatus,
    messages,
    h('div', { class: 'button-row' }, prev, next, submit));
  if (questions.length === 0) {
    fill(questionArea, h('p', {}, 'This quiz has no questions.'));
  } else {
    show(position, false);
  }
}
