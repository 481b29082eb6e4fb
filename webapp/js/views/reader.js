// The article reader, with people, bodies, quotes and dates marked and explained, and the
// corpus timeline of dated events.
import { get } from '../api.js';
import { h, title, fill, uid } from '../dom.js';
import { evidenceLink } from './results.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DATE_WORDS = new RegExp(
  `\\b(?:(?:${MONTHS})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?`
  + `|(?:${DAYS})|(?:1[6-9]|20)\\d{2}s?|yesterday|today|tomorrow|tonight`
  + '|(?:last|next|this|early|late)\\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend))\\b', 'gi');

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds every whole-word occurrence of the names in text. */
function nameRanges(text, entries, kind) {
  const ranges = [];
  for (const entry of entries) {
    const names = [entry.name, ...(entry.aliases || [])].filter((n) => n && n.length > 1)
      .sort((a, b) => b.length - a.length);
    if (!names.length) continue;
    const pattern = new RegExp(`(?<![\\w])(?:${names.map(escape).join('|')})(?![\\w])`, 'g');
    for (const m of text.matchAll(pattern)) {
      ranges.push({ start: m.index, end: m.index + m[0].length, kind, tip: entry.tip });
    }
  }
  return ranges;
}

function sentenceOffset(paragraph, evidence) {
  if (!evidence) return -1;
  if (typeof evidence.start === 'number' && evidence.start >= paragraph.start && evidence.start < paragraph.end) {
    return evidence.start - paragraph.start;
  }
  return evidence.sentence ? paragraph.text.indexOf(evidence.sentence) : -1;
}

function inParagraph(paragraph, evidence) {
  return evidence && (evidence.paragraph === paragraph.index
    || (evidence.paragraph === undefined && evidence.sentence && paragraph.text.includes(evidence.sentence)));
}

/** Facts give evidence as the sentence plus a span (paragraph, start, end); make it one object. */
function evidenceOf(fact) {
  if (!fact || !fact.evidence) return null;
  if (typeof fact.evidence === 'string') return { sentence: fact.evidence, ...(fact.span || {}) };
  return fact.evidence;
}

function annotations(paragraph, facts) {
  const text = paragraph.text;
  const people = (facts.people || []).map((p) => ({ ...p,
    tip: `Person: ${p.name}${p.roles && p.roles.length ? ` — ${p.roles.join('; ')}` : ''}` }));
  const bodies = (facts.bodies || []).map((b) => ({ ...b,
    tip: `Body${b.kind ? ` (${b.kind.replace(/-/g, ' ')})` : ''}: ${b.name}` }));
  const ranges = [];
  for (const quote of facts.quotes || []) {
    const evidence = evidenceOf(quote);
    if (!quote.text || (evidence && !inParagraph(paragraph, evidence))) continue;
    const at = text.indexOf(quote.text);
    if (at >= 0) {
      ranges.push({ start: at, end: at + quote.text.length, kind: 'quote',
        tip: `${quote.direct ? 'Quote' : 'Reported speech'} by ${quote.speaker}` });
    }
  }
  for (const event of facts.events || []) {
    const evidence = evidenceOf(event);
    if (!inParagraph(paragraph, evidence)) continue;
    const from = sentenceOffset(paragraph, evidence);
    if (from < 0) continue;
    const sentence = text.slice(from, from + (evidence.sentence || '').length);
    for (const m of sentence.matchAll(DATE_WORDS)) {
      ranges.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'date',
        tip: `Date: ${event.date || 'not resolved'} — ${event.what}` });
    }
  }
  ranges.push(...nameRanges(text, people, 'person'), ...nameRanges(text, bodies, 'body'));
  ranges.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const chosen = [];
  let reach = 0;
  for (const r of ranges) {
    if (r.start >= reach) {
      chosen.push(r);
      reach = r.end;
    }
  }
  return chosen;
}

function renderSpan(text, from, to, ranges) {
  const nodes = [];
  let at = from;
  for (const r of ranges) {
    if (r.start < from || r.end > to) continue;
    if (r.start > at) nodes.push(text.slice(at, r.start));
    const tipId = uid('tip');
    nodes.push(h('mark', { class: `ann ${r.kind}`, tabindex: '0', 'aria-describedby': tipId },
      text.slice(r.start, r.end), h('span', { class: 'tip', role: 'tooltip', id: tipId }, r.tip)));
    at = r.end;
  }
  if (at < to) nodes.push(text.slice(at, to));
  return nodes;
}

function paragraphNode(paragraph, facts, highlight) {
  const text = paragraph.text;
  const ranges = annotations(paragraph, facts);
  const p = h('p', { id: `p-${paragraph.index}`, class: 'article-paragraph' });
  if (highlight && highlight.end > highlight.start) {
    const s = Math.max(0, highlight.start);
    const e = Math.min(text.length, highlight.end);
    const inside = ranges.filter((r) => r.start >= s && r.end <= e);
    const outside = ranges.filter((r) => r.end <= s || r.start >= e);
    p.append(...renderSpan(text, 0, s, outside),
      h('mark', { class: 'source-highlight', tabindex: '-1', id: 'source-sentence' },
        h('span', { class: 'visually-hidden' }, 'Source sentence: '), ...renderSpan(text, s, e, inside)),
      ...renderSpan(text, e, text.length, outside));
  } else {
    p.append(...renderSpan(text, 0, text.length, ranges));
  }
  return p;
}

export async function readerScreen(main, [articleId], params) {
  const [article, facts] = await Promise.all([
    get(`/api/articles/${encodeURIComponent(articleId)}`),
    get(`/api/articles/${encodeURIComponent(articleId)}/facts`).catch(() => ({})),
  ]);
  const target = params.has('p') && params.get('p') !== '' ? Number(params.get('p')) : null;
  const paragraphs = (article.paragraphs || []).map((para) => {
    let highlight = null;
    if (para.index === target) {
      const s = Number(params.get('s'));
      const e = Number(params.get('e'));
      highlight = Number.isFinite(s) && Number.isFinite(e) && e > s
        ? { start: s - para.start, end: e - para.start }
        : { start: 0, end: para.text.length };
    }
    return paragraphNode(para, facts, highlight);
  });
  const dateline = article.dateline ? [article.dateline.place, article.dateline.date].filter(Boolean).join(', ') : '';
  fill(main, 
    title(article.title || article.id),
    dateline ? h('p', { class: 'dateline' }, dateline) : null,
    legend(),
    h('article', { class: 'article-text', 'aria-label': article.title || 'Article' }, paragraphs));
  const sentence = document.getElementById('source-sentence');
  if (sentence) {
    sentence.scrollIntoView({ block: 'center' });
    sentence.focus();
  }
}

function legend() {
  return h('details', { class: 'legend' }, h('summary', {}, 'What the highlights mean'),
    h('ul', {},
      h('li', {}, h('mark', { class: 'ann person' }, 'Person'), ' — someone named in the article'),
      h('li', {}, h('mark', { class: 'ann body' }, 'Body'), ' — an organisation, government or group'),
      h('li', {}, h('mark', { class: 'ann quote' }, 'Quote'), ' — words someone said'),
      h('li', {}, h('mark', { class: 'ann date' }, 'Date'), ' — when something happened'),
      h('li', {}, 'Move the pointer over a highlight, or Tab to it, to see what it is.')));
}

export async function timelineScreen(main) {
  const events = await get('/api/timeline');
  const items = events.map((e) => {
    const valid = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date || '');
    const evidence = e.evidence && typeof e.evidence === 'object' ? e.evidence
      : { article: e.article, paragraph: e.paragraph, sentence: typeof e.evidence === 'string' ? e.evidence : '' };
    return h('li', { class: 'timeline-item' },
      valid ? h('time', { datetime: e.date }, e.date) : h('span', { class: 'time' }, e.date || 'undated'),
      h('p', { class: 'what' }, e.what),
      evidenceLink({ article: evidence.article || e.article, paragraph: evidence.paragraph ?? e.paragraph,
        start: evidence.start, end: evidence.end }, 'Source'));
  });
  fill(main, title('Timeline'),
    h('p', {}, `${events.length} dated events across all articles, oldest first.`),
    events.length ? h('ol', { class: 'timeline' }, items) : h('p', {}, 'No dated events yet.'));
}
