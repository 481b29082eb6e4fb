// Talks to the REST API; turns problem+json answers into errors with a plain message.
const TOKEN_KEY = 'factquiz.token';

export class ApiError extends Error {
  constructor(status, message, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

export function token() {
  return window.localStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) window.localStorage.setItem(TOKEN_KEY, value);
  else window.localStorage.removeItem(TOKEN_KEY);
}

function headers(json) {
  const result = { Accept: 'application/json' };
  if (json) result['Content-Type'] = 'application/json';
  const t = token();
  if (t) result.Authorization = `Bearer ${t}`;
  return result;
}

async function send(method, path, body) {
  try {
    return await fetch(path, {
      method,
      headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached. Check the connection and try again.');
  }
}

async function failure(res) {
  let message = `The server answered with status ${res.status}.`;
  let errors = [];
  const type = res.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      const p = await res.json();
      message = p.detail || p.title || message;
      errors = Array.isArray(p.errors) ? p.errors : [];
    } catch (e) {
      // keep the generic message
    }
  }
  if (res.status === 401) {
    setToken(null);
    message = res.url.includes('/api/auth/') ? message : 'Please sign in again.';
  }
  return new ApiError(res.status, message, errors);
}

/** Calls the API and returns the parsed JSON (null for 204). */
export async function api(method, path, body) {
  const res = await send(method, path, body);
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** Fetches a file with the bearer token and hands it to the browser as a download. */
export async function download(path, fallbackName) {
  const res = await send('GET', path);
  if (!res.ok) throw await failure(res);
  const disposition = res.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  return { name, size: blob.size, report: res.headers.get('X-Export-Report') || '' };
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
