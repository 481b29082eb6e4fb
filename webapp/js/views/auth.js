// Sign in, or join a class with its code (which creates the student account).
import { post } from '../api.js';
import { h, title, fill } from '../dom.js';
import { signedIn } from '../app.js';
import { field, onSubmit } from './forms.js';

export async function signInScreen(main) {
  const email = field('Email', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = field('Password', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const signInMessages = h('div', { class: 'messages' });
  const signInForm = h('form', { id: 'signin-form', 'aria-labelledby': 'signin-title' },
    h('h2', { id: 'signin-title' }, 'Sign in'), email, password, signInMessages,
    h('button', { type: 'submit' }, 'Sign in'));
  onSubmit(signInForm, signInMessages, async () => {
    signedIn(await post('/api/auth/signin', { email: email.input.value, password: password.input.value }));
  });

  const code = field('Class code', { name: 'classCode', required: true, autocomplete: 'off' },
    'Your teacher gives you this code.');
  const name = field('Your name', { name: 'name', autocomplete: 'name', required: true });
  const joinEmail = field('Email', { type: 'email', name: 'email', autocomplete: 'email', required: true });
  const joinPassword = field('Password', { type: 'password', name: 'password', autocomplete: 'new-password', required: true },
    'At least 8 characters.');
  const joinMessages = h('div', { class: 'messages' });
  const joinForm = h('form', { id: 'join-form', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, 'Join a class'), code, name, joinEmail, joinPassword, joinMessages,
    h('button', { type: 'submit' }, 'Join'));
  onSubmit(joinForm, joinMessages, async () => {
    signedIn(await post('/api/auth/signup', {
      email: joinEmail.input.value,
      password: joinPassword.input.value,
      name: name.input.value,
      classCode: code.input.value.trim(),
    }));
  });

  fill(main, title('Welcome to factquiz'),
    h('p', {}, 'Learn the facts of the news: take quizzes, read the sources, and study what you missed.'),
    h('div', { class: 'columns' }, signInForm, joinForm));
}
