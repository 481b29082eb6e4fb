package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factquiz.content.Article;
import org.factquiz.content.Paragraph;

/**
 * Finds who said what. Reported speech: a speech verb with a resolvable subject and the clause it
 * governs ("Berg said that ...", "X denied ...", "The goal, X said, is ..."). Direct quotes: each
 * quotation is given to the nearest speech verb of its sentence, to "in the words of X", to the
 * speaker introduced by the paragraph before ("Berg said:"), or to that paragraph's main person;
 * short fragments count only inside someone's reported speech, so scare quotes are left out.
 */
final class StatementFinder {
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently");
  private static final Pattern INTERJECTION = Pattern.compile(",\\s+(?:[\\p{L}.'\u2019\\-]+\\s+){1,4}(?:said|says|added|noted),\\s*");
  private static final Pattern PREPOSITION_FIRST = Pattern.compile("(?:on|in|at|during|after|before|from|to|with|outside|inside|near)\\s");
  private static final int MIN_CLAUSE_WORDS = 3;
  private static final int FRAGMENT_WORDS = 3;

  private final Vocabulary vocabulary = Vocabulary.get();
  private final QuoteSpanFinder quoteFinder = new QuoteSpanFinder();

  /** A speech verb in a sentence and who it says spoke; {@code clause} is the reported span or null. */
  private record VerbHit(SentenceView sentence, int start, int end, List<Speaker> speakers, int[] clause, Vocabulary.SpeechVerb type) {}

  List<Statement> find(Article article, List<SentenceView> sentences, EntityIndex index) {
    String text = article.text();
    List<QuoteSpan> quotes = quoteFinder.find(article);
    List<PersonBuilder[]> spokeAt = new ArrayList<>();
    List<int[]> spokeOffsets = new ArrayList<>();
    SpeakerResolver resolver = new SpeakerResolver(text, index, offset -> lastPerson(index, offset, spokeAt, spokeOffsets));
    List<Statement> out = new ArrayList<>();
    List<VerbHit> hits = new ArrayList<>();
    for (SentenceView s : sentences) {
      List<Token> tokens = s.tokens();
      List<VerbHit> inSentence = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Vocabulary.SpeechVerb type = verbType(tokens, i);
        if (type == null || insideQuote(quotes, t.start())) {
          continue;
        }
        int verbEnd = t.end();
        if (t.text().equals("made")) {
          verbEnd = tokens.get(i + (tokens.get(i + 1).text().equals("it") ? 2 : 1)).end();
        }
        List<Speaker> speakers = resolver.before(s, t.start());
        if (speakers.isEmpty() && (t.text().endsWith("ing") || resolver.elidedSubject(s, t.start()))) {
          speakers = resolver.sentenceSubject(s, t.start(), quotes).map(List::of).orElse(List.of());
        }
        if (speakers.isEmpty()) {
          speakers = resolver.after(s, verbEnd).map(List::of).orElse(List.of());
        }
        if (speakers.isEmpty()) {
          continue;
        }
        for (Speaker sp : speakers) {
          if (sp.person() != null) {
            spokeAt.add(new PersonBuilder[] {sp.person()});
            spokeOffsets.add(new int[] {t.start()});
          }
        }
        int[] clause = null;
        if (inSentence.stream().noneMatch(h -> h.clause() != null && h.clause()[0] <= t.start() && t.start() < h.clause()[1])) {
          clause = reported(text, s, tokens, i, verbEnd, type, quotes);
        }
        VerbHit hit = new VerbHit(s, t.start(), verbEnd, speakers, clause, type);
        inSentence.add(hit);
        if (clause != null) {
          String said = reportedText(text, s, clause);
          for (Speaker sp : speakers) {
            mark(sp);
            out.add(new Statement(sp.name(), false, said, s.evidence()));
          }
        }
      }
      accordingTo(text, s, resolver).ifPresent(hit -> {
        inSentence.add(hit);
        String said = reportedText(text, s, hit.clause());
        for (Speaker sp : hit.speakers()) {
          mark(sp);
          out.add(new Statement(sp.name(), false, said, s.evidence()));
        }
      });
      hits.addAll(inSentence);
    }
    out.addAll(direct(article, sentences, quotes, hits, index, resolver));
    return out;
  }

  /** "According to X, CLAUSE", "CLAUSE, according to X." and "A, according to X, B". */
  private Optional<VerbHit> accordingTo(String text, SentenceView s, SpeakerResolver resolver) {
    String lower = s.text().toLowerCase(Locale.ROOT);
    int at = lower.indexOf("according to ");
    if (at < 0) {
      return Optional.empty();
    }
    int nameAt = s.start() + at + "according to".length();
    Optional<Speaker> speaker = resolver.after(s, nameAt);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int phraseEnd = text.indexOf(',', nameAt);
    int[] clause;
    if (at == 0) {
      if (phraseEnd < 0 || phraseEnd >= s.end()) {
        return Optional.empty();
      }
      clause = new int[] {phraseEnd + 1, s.end()};
    } else if (phraseEnd < 0 || phraseEnd >= s.end()) {
      clause = new int[] {s.start(), s.start() + s.text().lastIndexOf(',', at)};
    } else {
      if (s.text().lastIndexOf(',', at) < 0) {
        return Optional.empty();
      }
      return Optional.of(new VerbHit(s, s.start() + at, nameAt, List.of(speaker.get()),
          new int[] {s.start(), s.end(), phraseEnd + 1}, Vocabulary.SpeechVerb.SAY));
    }
    if (clause[1] <= clause[0] || words(text, clause[0], clause[1]) < MIN_CLAUSE_WORDS) {
      return Optional.empty();
    }
    while (clause[0] < clause[1] && Character.isWhitespace(text.charAt(clause[0]))) {
      clause[0]++;
    }
    return Optional.of(new VerbHit(s, s.start() + at, nameAt, List.of(speaker.get()), clause, Vocabulary.SpeechVerb.SAY));
  }

  private Vocabulary.SpeechVerb verbType(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.capitalized()) {
      return null;
    }
    String w = t.text();
    if (w.equals("made") && i + 2 < tokens.size()) {
      String next = tokens.get(i + 1).text();
      String after = tokens.get(i + 2).text();
      return next.equals("clear") || (next.equals("it") && after.equals("clear")) ? Vocabulary.SpeechVerb.SAY : null;
    }
    Vocabulary.SpeechVerb type = vocabulary.speechVerbs.get(w);
    if (type == null) {
      return null;
    }
    if (i > 0) {
      String prev = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
      if (prev.equals("the") || prev.equals("a") || prev.equals("member") || prev.equals("to")
          || vocabulary.adjectives.contains(tokens.get(i - 1).text())) {
        return null; // a noun ("the reports", "member states") or an infinitive
      }
    }
    if (type == Vocabulary.SpeechVerb.THAT && (i + 1 >= tokens.size() || !tokens.get(i + 1).text().equals("that"))) {
      return null;
    }
    return type;
  }

  /** The span of the reported clause a verb governs, or null when it reports none. */
  private int[] reported(String text, SentenceView s, List<Token> tokens, int verb, int verbEnd, Vocabulary.SpeechVerb type,
      List<QuoteSpan> quotes) {
    if (type == Vocabulary.SpeechVerb.CITE) {
      return null;
    }
    int sentenceEnd = s.end();
    int interjected = type == Vocabulary.SpeechVerb.SAY && !tokens.get(verb).text().endsWith("ing")
        ? interjection(text, s, tokens, verb, verbEnd) : -1;
    if (interjected >= 0) {
      return new int[] {s.start(), sentenceEnd, interjected};
    }
    if (type == Vocabulary.SpeechVerb.ACT) {
      int from = tokens.get(verb).start();
      if (verb > 0 && tokens.get(verb - 1).text().endsWith("ly") && tokens.get(verb - 1).end() + 1 == from) {
        from = tokens.get(verb - 1).start();
      }
      int to = sentenceEnd;
      if (tokens.get(verb).text().endsWith("ing")) {
        int skip = verbEnd;
        if (text.startsWith(", ", verbEnd)) {
          int close = text.indexOf(',', verbEnd + 2);
          if (close > 0 && close < to && words(text, verbEnd + 2, close) <= 3) {
            skip = close + 1;
          }
        }
        int comma = text.indexOf(',', skip);
        if (comma > 0 && comma < to) {
          to = comma;
        }
      }
      return words(text, verbEnd, to) >= 1 ? new int[] {from, to} : null;
    }
    int k = verb + 1;
    while (k < tokens.size() && tokens.get(k).end() <= verbEnd) {
      k++;
    }
    int thatAt = -1;
    for (int j = k; j < Math.min(tokens.size(), k + 10); j++) {
      if (tokens.get(j).text().equals("that")) {
        if (j - k >= 5 && !text.substring(verbEnd, tokens.get(j).start()).matches("[^,;:\"\u201c\u201d()]*")) {
          break;
        }
        thatAt = j;
        break;
      }
    }
    int from;
    if (thatAt >= 0) {
      from = tokens.get(thatAt).end();
    } else {
      if (tokens.get(verb).text().startsWith("told") || tokens.get(verb).text().startsWith("tell")) {
        return null;
      }
      while (k < tokens.size()) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (TIME_WORDS.contains(w)) {
          k++;
        } else if ((w.equals("on") || w.equals("last") || w.equals("this")) && k + 1 < tokens.size()
            && (TIME_WORDS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))
                || tokens.get(k + 1).text().matches("week|month|year|night|morning|evening"))) {
          k += 2;
        } else {
          break;
        }
      }
      if (k >= tokens.size()) {
        return null;
      }
      from = tokens.get(k).start();
      String gap = text.substring(verbEnd, from);
      if (gap.contains(":") || gap.contains(",") || gap.contains("\"") || gap.contains("\u201c") || gap.contains("\u2018") || gap.contains("(")) {
        return null;
      }
    }
    while (from < sentenceEnd && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    if (from >= sentenceEnd || isQuoteMark(text.charAt(from)) || text.charAt(from) == ':') {
      return null;
    }
    if (thatAt < 0 && PREPOSITION_FIRST.matcher(text.substring(from, sentenceEnd)).lookingAt()) {
      return null; // "said on the Senate floor." reports no clause
    }
    return words(text, from, sentenceEnd) >= MIN_CLAUSE_WORDS ? new int[] {from, sentenceEnd} : null;
  }

  /** "A, X said, B": returns the offset where B starts, or -1. */
  private int interjection(String text, SentenceView s, List<Token> tokens, int verb, int verbEnd) {
    if (verbEnd >= s.end() || text.charAt(verbEnd) != ',') {
      return -1;
    }
    String left = text.substring(s.start(), tokens.get(verb).start());
    int comma = left.lastIndexOf(", ");
    if (comma <= 0 || left.substring(comma + 2).split("\\s+").length > 6) {
      return -1;
    }
    int b = verbEnd + 1;
    while (b < s.end() && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    if (b >= s.end() || isQuoteMark(text.charAt(b)) || words(text, b, s.end()) < 2) {
      return -1;
    }
    return b;
  }

  private String reportedText(String text, SentenceView s, int[] clause) {
    String said;
    if (clause.length == 3) {
      String left = text.substring(clause[0], text.lastIndexOf(", ", clause[2] - 1));
      left = left.substring(0, left.lastIndexOf(", ")).strip();
      said = left + " " + text.substring(clause[2], clause[1]);
    } else {
      said = text.substring(clause[0], clause[1]);
    }
    said = INTERJECTION.matcher(said).replaceAll(" ").strip();
    if (said.endsWith(".") || said.endsWith(",") || said.endsWith(";") || said.endsWith(":")) {
      said = said.substring(0, said.length() - 1).strip();
    }
    return said;
  }

  private List<Statement> direct(Article article, List<SentenceView> sentences, List<QuoteSpan> quotes, List<VerbHit> hits,
      EntityIndex index, SpeakerResolver resolver) {
    String text = article.text();
    List<Statement> out = new ArrayList<>();
    Speaker previousQuoteSpeaker = null;
    int previousQuoteParagraph = -2;
    for (QuoteSpan q : quotes) {
      String said = q.text(text);
      if (isNameInQuotes(said, index)) {
        continue;
      }
      SentenceView first = sentenceAt(sentences, q.start());
      if (first == null) {
        continue;
      }
      List<Speaker> speakers = resolver.afterParticiple(first, q.end());
      if (speakers.isEmpty()) {
        speakers = fromSentence(q, first, hits, text, sentences);
      }
      if (speakers.isEmpty() && q.words(text) > FRAGMENT_WORDS) {
        speakers = inTheWordsOf(text, first, resolver);
      }
      boolean opensParagraph = opensParagraph(article, q);
      if (speakers.isEmpty() && opensParagraph) {
        if (previousQuoteSpeaker != null && previousQuoteParagraph == q.firstParagraph() - 1) {
          speakers = List.of(previousQuoteSpeaker);
        } else {
          speakers = fromPreviousParagraph(article, q.firstParagraph(), sentences, hits, resolver, quotes);
        }
      }
      if (speakers.isEmpty() && q.words(text) > FRAGMENT_WORDS) {
        int from = sentences.get(Math.max(0, sentences.indexOf(first) - 2)).start();
        speakers = resolver.recentDocument(from, q.start()).map(List::of).orElse(List.of());
      }
      if (speakers.isEmpty()) {
        continue;
      }
      Evidence evidence = evidence(article, sentences, q, first);
      for (Speaker sp : speakers) {
        mark(sp);
        out.add(new Statement(sp.name(), true, said, evidence));
      }
      previousQuoteSpeaker = speakers.get(0);
      previousQuoteParagraph = paragraphOf(article, q.end());
    }
    return out;
  }

  /** The speaker of the nearest speech verb of the quotation's sentence; fragments only inside reported speech. */
  private List<Speaker> fromSentence(QuoteSpan q, SentenceView first, List<VerbHit> hits, String text, List<SentenceView> sentences) {
    boolean opensSentence = q.start() - first.start() <= 1;
    boolean fragment = q.words(text) <= FRAGMENT_WORDS && !opensSentence;
    VerbHit best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (VerbHit h : hits) {
      boolean sameSentence = h.sentence() == first || (h.start() >= q.start() && h.sentence().start() <= q.end() + 2);
      if (!sameSentence) {
        continue;
      }
      boolean cited = h.type() == Vocabulary.SpeechVerb.CITE && h.end() <= q.start();
      if (fragment && !cited && !(h.clause() != null && covers(h.clause(), q.start()))) {
        continue;
      }
      int distance = h.start() > q.end() ? h.start() - q.end() : q.start() - h.end();
      if (distance >= 0 && distance < bestDistance) {
        best = h;
        bestDistance = distance;
      }
    }
    return best == null ? List.of() : best.speakers();
  }

  private static boolean covers(int[] clause, int offset) {
    return offset >= clause[0] && offset < clause[1]; // an interjected clause ({from, to, resume}) spans the same
  }

  private List<Speaker> inTheWordsOf(String text, SentenceView s, SpeakerResolver resolver) {
    String lower = s.text().toLowerCase(Locale.ROOT);
    int at = lower.indexOf("in the words of ");
    if (at < 0) {
      at = lower.indexOf("according to ");
      if (at < 0) {
        return List.of();
      }
      return resolver.after(s, s.start() + at + "according to".length()).map(List::of).orElse(List.of());
    }
    return resolver.after(s, s.start() + at + "in the words of".length()).map(List::of).orElse(List.of());
  }

  /** "Berg said:" before a quoted paragraph gives its speaker; else the main person of that paragraph. */
  private List<Speaker> fromPreviousParagraph(Article article, int paragraph, List<SentenceView> sentences, List<VerbHit> hits,
      SpeakerResolver resolver, List<QuoteSpan> quotes) {
    if (paragraph == 0) {
      return List.of();
    }
    Paragraph prev = article.paragraphs().get(paragraph - 1);
    List<VerbHit> inPrev = hits.stream().filter(h -> h.sentence().sentence().paragraph() == prev.index()).toList();
    if (prev.text().strip().endsWith(":")) {
      return inPrev.isEmpty() ? List.of() : inPrev.get(inPrev.size() - 1).speakers();
    }
    if (prev.sentences().isEmpty()) {
      return List.of();
    }
    SentenceView lead = sentenceAt(sentences, prev.sentences().get(0).start());
    Optional<Speaker> subject = lead == null ? Optional.empty() : resolver.sentenceSubject(lead, lead.end(), quotes);
    if (subject.isPresent() && subject.get().person() != null) {
      return List.of(subject.get());
    }
    return inPrev.isEmpty() ? List.of() : inPrev.get(0).speakers();
  }

  private static boolean opensParagraph(Article article, QuoteSpan q) {
    Paragraph p = article.paragraphs().get(q.firstParagraph());
    return q.start() - p.start() <= 1;
  }

  private static int paragraphOf(Article article, int offset) {
    for (Paragraph p : article.paragraphs()) {
      if (offset >= p.start() && offset <= p.end()) {
        return p.index();
      }
    }
    return -1;
  }

  /** The sentences of the first paragraph that the quotation spans, verbatim. */
  private static Evidence evidence(Article article, List<SentenceView> sentences, QuoteSpan q, SentenceView first) {
    int end = q.segments().get(0)[1];
    SentenceView last = first;
    for (SentenceView s : sentences) {
      if (s.sentence().paragraph() == first.sentence().paragraph() && s.start() <= end) {
        last = s;
      }
    }
    int from = first.start();
    int to = Math.max(first.end(), last.end());
    return new Evidence(article.id(), first.sentence().paragraph(), from, to, article.text().substring(from, to));
  }

  private static SentenceView sentenceAt(List<SentenceView> sentences, int offset) {
    for (SentenceView s : sentences) {
      if (offset >= s.start() - 1 && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static boolean isNameInQuotes(String said, EntityIndex index) {
    String key = EntityIndex.key(said);
    return index.bodies().stream().anyMatch(b -> EntityIndex.key(b.name()).equals(key)
        || b.aliases().stream().anyMatch(a -> EntityIndex.key(a).equals(key)))
        || index.people().stream().anyMatch(p -> EntityIndex.key(p.name()).equals(key));
  }

  private static boolean insideQuote(List<QuoteSpan> quotes, int offset) {
    for (QuoteSpan q : quotes) {
      if (offset > q.start() && offset < q.end()) {
        return true;
      }
    }
    return false;
  }

  private static void mark(Speaker sp) {
    if (sp.person() != null) {
      sp.person().markSpeaker();
    } else {
      sp.body().markSpeaker();
    }
  }

  private static PersonBuilder lastPerson(EntityIndex index, int offset, List<PersonBuilder[]> spokeAt, List<int[]> spokeOffsets) {
    PersonBuilder found = null;
    int at = -1;
    for (Mention m : index.mentions()) {
      if (m.start() >= offset) {
        break;
      }
      if (m.person() != null) {
        found = m.person();
        at = m.start();
      }
    }
    for (int i = 0; i < spokeAt.size(); i++) {
      if (spokeOffsets.get(i)[0] < offset && spokeOffsets.get(i)[0] > at) {
        found = spokeAt.get(i)[0];
        at = spokeOffsets.get(i)[0];
      }
    }
    return found;
  }

  private static int words(String text, int from, int to) {
    String t = text.substring(Math.min(from, to), to).strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019';
  }
}
