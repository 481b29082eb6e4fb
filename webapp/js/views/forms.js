// Small form pieces shared by the screens: labelled fields and a submit flow with busy state.
import { h, uid, fill, problem } from '../dom.js';

/** A labelled input; returns the wrapper with .input pointing at the control. */
export function field(label, attrs = {}, hint) {
  const id = attrs.id || uid('f');
  const hintId = hint ? `${id}-hint` : null;
  const control = attrs.tag === 'textarea'
    ? h('textarea', { ...attrs, tag: null, id, 'aria-describedby': hintId })
    : h('input', { type: 'text', ...attrs, id, 'aria-describedby': hintId });
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null, control);
  wrap.input = control;
  return wrap;
}

export function select(label, options, attrs = {}) {
  const id = attrs.id || uid('s');
  const control = h('select', { ...attrs, id },
    options.map(([value, text]) => h('option', { value }, text)));
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), control);
  wrap.input = control;
  return wrap;
}

/**
 * Wires a form: on submit runs action() with the submit button disabled and the form marked
 * busy; failures are shown in the form's message area as plain text.
 */
export function onSubmit(form, messages, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    fill(messages);
    try {
      await action();
    } catch (e) {
      fill(messages, problem(e));
    } finally {
      if (button) button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}
