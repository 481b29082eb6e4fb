package org.factquiz.generate;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;

/**
 * What every question maker shares: the corpus, the distractor picker, the evidence window, the seed,
 * and the assembly of a question from a template, slot values, options and key.
 */
final class Drafting {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  static final String[] IDS = {"a", "b", "c", "d", "e", "f", "g", "h"};

  final CorpusIndex index;
  final DistractorPicker picker;
  final EvidenceWindow window;
  final ArticleTexts texts;
  final long seed;
  private final java.util.Map<String, ArticleWords> words = new java.util.HashMap<>();

  Drafting(CorpusIndex index, ArticleTexts texts, long seed) {
    this.index = index;
    this.picker = new DistractorPicker(index);
    this.window = new EvidenceWindow(texts);
    this.texts = texts;
    this.seed = seed;
  }

  /** The article's words, counted on first use. */
  ArticleWords words(String article) {
    return words.computeIfAbsent(article, a -> new ArticleWords(texts.text(a).orElse("")));
  }

  /** A random source fixed by the seed and the question's identity, not by iteration order. */
  Random random(String factId, Template t) {
    return new Random(StableIds.mix(seed, factId + "|" + t.id()));
  }

  /** The variant (stem wording) to use for this fact: chosen by the seed, stable for a seed. */
  int variant(String factId, Template t) {
    return Math.floorMod(StableIds.mix(seed, "variant|" + factId + "|" + t.id()), t.variants().size());
  }

  /** The slots every template may use: source, title, article (its citation), dateline and the evidence sentence. */
  Map<String, String> commonSlots(ArticleFacts a, Evidence e) {
    Map<String, String> slots = new HashMap<>();
    slots.put("title", a.title());
    slots.put("dateline", dateline(a));
    slots.put("source", source(a));
    slots.put("article", ArticleCitation.of(a, texts.text(a.article())));
    slots.put("sentence", e == null ? null : quotable(e.sentence()));
    return slots;
  }

  /** The article as feedback cites it: its {@link ArticleCitation} and dateline. */
  String source(ArticleFacts a) {
    String d = dateline(a);
    String base = ArticleCitation.source(a, texts.text(a.article()));
    return d == null ? base : base + ", " + d;
  }

  static String dateline(ArticleFacts a) {
    if (a.dateline() == null || a.dateline().date() == null) {
      return null;
    }
    String date = a.dateline().date().format(DAY);
    return a.dateline().place() == null ? date : a.dateline().place() + ", " + date;
  }

  /**
   * The names a short answer accepts: every form of the name in the corpus, less a form that in the
   * article is only the tail of a longer title ("General George Robertson" out of "Secretary General
   * George Robertson").
   */
  List<String> accepted(Named n, ArticleFacts a) {
    return accepted(n, a, null);
  }

  /**
   * As {@link #accepted(Named, ArticleFacts)}, and the title-and-surname form the cited sentence
   * itself writes ("Marshall Sergeyev", misspelling and all): a student may copy it from there.
   */
  List<String> accepted(Named n, ArticleFacts a, String sentence) {
    List<String> out = new ArrayList<>(acceptedForms(n, a));
    if (n.person() && sentence != null) {
      String surname = n.name().substring(n.name().lastIndexOf(' ') + 1);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\p{Lu}[\\p{L}.-]+\\s+"
          + java.util.regex.Pattern.quote(surname) + ")\\b").matcher(sentence);
      while (m.find()) {
        if (!out.contains(m.group(1)) && !tailOfTitle(m.group(1), sentence)) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("(?:\\p{Ll}+\\s+)?\\p{Lu}");

  private List<String> acceptedForms(Named n, ArticleFacts a) {
    String text = texts.text(a.article()).orElse("");
    List<String> nameWords = List.of(n.name().split("\\s+"));
    List<String> forms = new ArrayList<>(index.allForms(n));
    if (n.person()) {
      // the article's own titles with the name ("Foreign Minister Ivanov", "Marshal Sergeyev"), never a
      // title's tail ("General" of "Secretary General")
      String surname = nameWords.get(nameWords.size() - 1);
      for (org.factquiz.extract.RoleHolding r : a.roles()) {
        String role = r.role().strip();
        // a title, maybe after one small word of its own ("acting President"), not a description ("retired officer")
        if (index.named(a.article(), r.person()).sameAs(n) && TITLE.matcher(role).lookingAt()
            && role.split("\\s+").length <= 3 && r.evidence() != null && !RoleQuestions.partOfLongerTitle(role, r.evidence().sentence())) {
          forms.add(role + " " + surname);
          forms.add(role + " " + n.name());
        }
      }
    }
    // only a form that opens with a title ("General George Robertson") can be the tail of a longer one
    return forms.stream().distinct().filter(f -> nameWords.contains(f.split("\\s+")[0]) || !tailOfTitle(f, text)).toList();
  }

  /**
   * True when every time the text writes the form, a capitalised word of a title stands right before
   * it ("Secretary General George Robertson" for "General George Robertson"); a capital that only
   * opens the sentence ("Even Marshall Sergeyev ...") is no title.
   */
  private static boolean tailOfTitle(String form, String text) {
    String title = "(?<=[\\p{L},;:]\\s|[\\p{L}]-)\\p{Lu}[\\p{L}-]*\\s+" + java.util.regex.Pattern.quote(form);
    return form.contains(" ") && java.util.regex.Pattern.compile(title).matcher(text).find()
        && !text.replaceAll(title, "").contains(form);
  }

  /** The sentences behind several answers, each in quotation marks once, for feedback that cites every one. */
  static String cited(List<Evidence> evidence) {
    List<String> sentences = evidence.stream().map(e -> quotable(e.sentence())).distinct().toList();
    // a passage inside another (two widened windows over one paragraph) is quoted once
    return sentences.stream().filter(s -> sentences.stream().noneMatch(o -> !o.equals(s) && o.contains(s)))
        .map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(" "));
  }

  /** A sentence to quote inside feedback's own quotation marks: one line, its double quotes made single. */
  static String quotable(String sentence) {
    return sentence.strip().replaceAll("\\s+", " ").replace('"', '\'').replace('\u201c', '\u2018').replace('\u201d', '\u2019');
  }

  /** Options with ids a, b, c ... in a seeded order. */
  static List<Choice> choices(List<String> texts, Random random) {
    List<String> order = DistractorPicker.shuffled(texts, random);
    List<Choice> out = new ArrayList<>();
    for (int i = 0; i < order.size() && i < IDS.length; i++) {
      out.add(new Choice(IDS[i], order.get(i)));
    }
    return out;
  }

  static String idOf(List<Choice> choices, String text) {
    return choices.stream().filter(c -> c.text().equals(text)).map(Choice::id).findFirst().orElse("?");
  }

  static List<Choice> trueFalse() {
    return List.of(new Choice("true", "True"), new Choice("false", "False"));
  }

  /** The key spelled out for feedback: option texts, pairs, or the text or number. */
  static String answerText(QuestionKind kind, List<Choice> premises, List<Choice> options, AnswerKey key) {
    if (!key.pairs().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Choice p : premises) {
        parts.add(p.text() + " \u2192 " + text(options, key.pairs().get(p.id())));
      }
      return String.join("; ", parts);
    }
    if (!key.choices().isEmpty()) {
      List<String> parts = key.choices().stream().map(id -> text(options, id)).toList();
      return String.join(kind == QuestionKind.ORDERING ? ", then " : "; ", parts);
    }
    if (key.text() != null) {
      return key.text();
    }
    return key.number() == null ? null : Long.toString(Math.round(key.number()));
  }

  private static String text(List<Choice> options, String id) {
    return options.stream().filter(c -> c.id().equals(id)).map(Choice::text).findFirst().orElse(id);
  }

  /** Assembles the question; its id hashes fact, template and variant label. */
  Question question(Template t, String factId, String variantLabel, Map<String, String> slots, List<Choice> premises,
      List<Choice> options, AnswerKey key, List<String> accepted, Evidence evidence, ArticleFacts a,
      List<String> people, List<String> bodies) {
    slots.put("answer", answerText(t.kind(), premises, options, key));
    slots.putIfAbsent("correct", slots.get("answer"));
    String stem = Slots.fill(t.variants().get(Integer.parseInt(variantLabel.split("-")[0].substring(1))), slots);
    String feedback = Slots.fill(t.feedback(), slots);
    Source source = new Source(a.article(), a.title(), dateline(a));
    Tags tags = new Tags(a.article(), people, bodies, t.id());
    return new Question(StableIds.question(factId, t.id(), variantLabel), t.kind(), stem, premises, options, key,
        accepted, feedback, evidence, source, t.difficulty(), tags, factId);
  }
}
