// The single-page shell: who is signed in, the navigation, and which screen a #/route shows.
import { get, token, setToken, post } from './api.js';
import { h, fill, problem } from './dom.js';
import { signInScreen } from './views/auth.js';
import { homeScreen } from './views/home.js';
import { attemptScreen } from './views/attempt.js';
import { resultsScreen } from './views/results.js';
import { readerScreen, timelineScreen } from './views/reader.js';
import { progressScreen } from './views/progress.js';
import { studyScreen, mistakesScreen } from './views/study.js';
import { teacherScreen } from './views/teacher.js';
import { reviewScreen } from './views/review.js';
import { classResultsScreen } from './views/classresults.js';
import { pasteScreen } from './views/paste.js';

export const session = { user: null };

const routes = [
  [/^\/signin$/, signInScreen, null],
  [/^\/$/, homeScreen, 'any'],
  [/^\/attempt\/([^/]+)$/, attemptScreen, 'student'],
  [/^\/results\/([^/]+)$/, resultsScreen, 'student'],
  [/^\/article\/([^/]+)$/, readerScreen, 'any'],
  [/^\/timeline$/, timelineScreen, 'any'],
  [/^\/progress$/, progressScreen, 'student'],
  [/^\/study$/, studyScreen, 'student'],
  [/^\/mistakes$/, mistakesScreen, 'student'],
  [/^\/teacher$/, teacherScreen, 'teacher'],
  [/^\/teacher\/set\/([^/]+)$/, reviewScreen, 'teacher'],
  [/^\/teacher\/quiz\/([^/]+)$/, classResultsScreen, 'teacher'],
  [/^\/teacher\/paste$/, pasteScreen, 'teacher'],
];

/** Parses location.hash into a path and its query parameters. */
export function currentRoute() {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path, search] = raw.split('?');
  return { path: path || '/', params: new URLSearchParams(search || '') };
}

export function go(path) {
  if (window.location.hash === `#${path}`) render();
  else window.location.hash = path;
}

async function loadUser() {
  if (!token()) {
    session.user = null;
    return;
  }
  try {
    session.user = await get('/api/me');
  } catch (e) {
    session.user = null;
    if (e.status !== 401) throw e;
  }
}

function navLink(href, label, path, extra) {
  const current = path === href.slice(1) || (href !== '#/' && path.startsWith(href.slice(1)));
  return h('li', {}, h('a', { href, 'aria-current': current ? 'page' : null }, label, extra || null));
}

export async function refreshDueBadge() {
  const badge = document.getElementById('due-badge');
  if (!badge || !session.user || session.user.role !== 'student') return;
  try {
    const queue = await get('/api/study/queue?limit=200');
    const n = Array.isArray(queue) ? queue.length : 0;
    badge.textContent = String(n);
    badge.hidden = n === 0;
    badge.setAttribute('aria-label', `${n} due`);
  } catch (e) {
    badge.hidden = true;
  }
}

function renderNav(path) {
  const nav = document.getElementById('nav');
  const user = session.user;
  if (!user) {
    fill(nav, h('ul', {}, navLink('#/signin', 'Sign in', path)));
    return;
  }
  const items = [navLink('#/', 'Home', path)];
  if (user.role === 'student') {
    const badge = h('span', { id: 'due-badge', class: 'badge', hidden: true });
    items.push(navLink('#/study', 'Study', path, badge));
    items.push(navLink('#/progress', 'Progress', path));
    items.push(navLink('#/mistakes', 'Mistakes', path));
  } else {
    items.push(navLink('#/teacher', 'Teach', path));
    items.push(navLink('#/teacher/paste', 'Add article', path));
  }
  items.push(navLink('#/timeline', 'Timeline', path));
  items.push(h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: signOut },
    `Sign out (${user.name || user.email})`)));
  fill(nav, h('ul', {}, items));
  refreshDueBadge();
}

async function signOut() {
  try {
    await post('/api/auth/signout');
  } catch (e) {
    // the token is dropped either way
  }
  setToken(null);
  session.user = null;
  go('/signin');
}

export async function render() {
  const main = document.getElementById('main');
  const { path, params } = currentRoute();
  try {
    if (session.user === null) await loadUser();
  } catch (e) {
    fill(main, problem(e));
    return;
  }
  const route = routes.find(([pattern]) => pattern.test(path));
  if (!route) {
    renderNav(path);
    fill(main, h('h1', { tabindex: '-1' }, 'Page not found'), h('p', {}, h('a', { href: '#/' }, 'Go home')));
    main.querySelector('h1').focus();
    return;
  }
  const [pattern, screen, role] = route;
  if (role && !session.user) {
    go('/signin');
    return;
  }
  if (role && role !== 'any' && session.user.role !== role) {
    go('/');
    return;
  }
  renderNav(path);
  const args = pattern.exec(path).slice(1).map(decodeURIComponent);
  fill(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    await screen(main, args, params);
  } catch (e) {
    if (e.status === 401) {
      session.user = null;
      go('/signin');
      return;
    }
    fill(main, h('h1', { tabindex: '-1' }, 'Something went wrong'), problem(e));
  }
  const heading = main.querySelector('h1');
  if (heading && !main.contains(document.activeElement)) heading.focus();
}

export function signedIn(result) {
  setToken(result.token);
  session.user = result.user;
  go(result.user && result.user.role === 'teacher' ? '/teacher' : '/');
}

window.addEventListener('hashchange', render);
render();
