package org.factquiz.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Body;
import org.factquiz.extract.BodyKind;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Person;
import org.factquiz.extract.RoleHolding;

/**
 * The people, bodies, roles and dates of a corpus, per article and in bounded corpus-wide pools,
 * built in one pass so that picking distractors costs the same however large the corpus is.
 */
final class CorpusIndex {
  /** How many distinct entries a corpus-wide pool keeps; bounds the work per question. */
  static final int POOL_LIMIT = 400;

  private final Map<String, ArticleFacts> articles = new LinkedHashMap<>();
  private final List<ArticleFacts> inOrder = new ArrayList<>();
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, Map<String, Named>> names = new HashMap<>();
  private final Map<String, List<Named>> people = new HashMap<>();
  private final Map<String, List<Named>> bodies = new HashMap<>();
  private final Map<String, List<RoleEntry>> roles = new HashMap<>();
  private final Map<String, List<DateValue>> dates = new HashMap<>();
  private final Map<String, java.util.OptionalInt> years = new HashMap<>();
  private final Pool<Named> corpusPeople = new Pool<>();
  private final Pool<Named> corpusBodies = new Pool<>();
  private final Pool<RoleEntry> corpusRoles = new Pool<>();
  private final Pool<DateValue> corpusDates = new Pool<>();

  /** A role as the article gives it, with its holder. */
  record RoleEntry(Named holder, String role) {}

  CorpusIndex(List<ArticleFacts> corpus) {
    for (ArticleFacts a : corpus) {
      add(a);
    }
  }

  private void add(ArticleFacts a) {
    String id = a.article();
    articles.put(id, a);
    position.putIfAbsent(id, inOrder.size());
    inOrder.add(a);
    Map<String, Named> byName = names.computeIfAbsent(id, k -> new HashMap<>());
    List<Named> ps = people.computeIfAbsent(id, k -> new ArrayList<>());
    List<RoleEntry> rs = roles.computeIfAbsent(id, k -> new ArrayList<>());
    for (Body b : a.bodies()) {
      Named n = new Named(b.name(), NameForms.of(b), false, b.kind() == null ? BodyKind.OTHER : b.kind(), id);
      bodies.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
      n.forms().forEach(f -> byName.putIfAbsent(NameForms.normal(f), n));
      corpusBodies.add(NameForms.normal(n.name()), n);
    }
    for (Person p : a.people()) {
      Named n = new Named(p.name(), NameForms.of(p), true, null, id);
      ps.add(n);
      byName.put(NameForms.normal(p.name()), n);
      n.forms().forEach(f -> byName.putIfAbsent(NameForms.normal(f), n));
      corpusPeople.add(NameForms.normal(n.name()), n);
      for (String role : p.roles()) {
        addRole(rs, new RoleEntry(n, role));
      }
    }
    for (RoleHolding r : a.roles()) {
      addRole(rs, new RoleEntry(named(id, r.person()), r.role()));
    }
    List<DateValue> ds = dates.computeIfAbsent(id, k -> new ArrayList<>());
    for (DatedEvent e : a.events()) {
      DateValue.of(e.when()).ifPresent(d -> {
        ds.add(d);
        corpusDates.add(d.iso(), d);
      });
    }
  }

  private void addRole(List<RoleEntry> rs, RoleEntry e) {
    String key = NameForms.normal(e.role()) + "|" + NameForms.normal(e.holder().name());
    if (rs.stream().noneMatch(x -> (NameForms.normal(x.role()) + "|" + NameForms.normal(x.holder().name())).equals(key))) {
      rs.add(e);
    }
    corpusRoles.add(key, e);
  }

  List<ArticleFacts> articles() {
    return List.copyOf(articles.values());
  }

  /** Up to {@code n} articles after the given one in corpus order, wrapping round; a constant-time look-up. */
  List<ArticleFacts> following(String id, int n) {
    Integer at = position.get(id);
    List<ArticleFacts> out = new ArrayList<>();
    for (int i = 1; at != null && i <= n && i < inOrder.size(); i++) {
      out.add(inOrder.get((at + i) % inOrder.size()));
    }
    return out;
  }

  ArticleFacts article(String id) {
    return articles.get(id);
  }

  /** The year an article was written: its dateline's, else the latest year its events are dated in. */
  java.util.OptionalInt year(String id) {
    return years.computeIfAbsent(id, k -> yearOf(articles.get(k)));
  }

  private static java.util.OptionalInt yearOf(ArticleFacts a) {
    if (a == null) {
      return java.util.OptionalInt.empty();
    }
    if (a.dateline() != null && a.dateline().date() != null) {
      return java.util.OptionalInt.of(a.dateline().date().getYear());
    }
    return a.events().stream().map(e -> e.when().iso()).filter(iso -> iso != null && iso.matches("\\d{4}.*"))
        .mapToInt(iso -> Integer.parseInt(iso.substring(0, 4))).max();
  }

  /** True unless both articles' years are known and more than a year apart: then one's names and words give the other's away. */
  boolean sameTime(String one, String other) {
    java.util.OptionalInt a = year(one);
    java.util.OptionalInt b = year(other);
    return a.isEmpty() || b.isEmpty() || Math.abs(a.getAsInt() - b.getAsInt()) <= 1;
  }

  /**
   * The person or body an article calls {@code name}; a name the article does not list is taken
   * for a person when it looks like a personal name, else for a body of kind "other".
   */
  Named named(String article, String name) {
    Named n = names.getOrDefault(article, Map.of()).get(NameForms.normal(name));
    if (n != null) {
      return n;
    }
    boolean person = name.matches("(\\p{Lu}[\\p{L}.'-]+ ){1,3}\\p{Lu}[\\p{L}'-]+");
    List<String> forms = person ? List.of(name, name.substring(name.lastIndexOf(' ') + 1)) : List.of(name);
    return new Named(name, forms, person, person ? null : BodyKind.OTHER, article);
  }

  List<Named> people(String article) {
    return people.getOrDefault(article, List.of());
  }

  List<Named> bodies(String article) {
    return bodies.getOrDefault(article, List.of());
  }

  List<RoleEntry> roles(String article) {
    return roles.getOrDefault(article, List.of());
  }

  /** True for the article's own journalist ("Moscow correspondent Ann Lee"): she writes the article, she does not speak in it. */
  boolean reportsFor(String article, Named n) {
    return roles(article).stream().anyMatch(r -> r.holder().sameAs(n) && Vocabulary.JOURNALISTS.matcher(r.role()).find());
  }

  List<DateValue> dates(String article) {
    return dates.getOrDefault(article, List.of());
  }

  /**
   * Every form of a person's name in the corpus: "Lord Robertson" here, "George Robertson" in another
   * article (the same surname and no clashing given name), for accepting short answers.
   */
  List<String> allForms(Named n) {
    java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>(n.forms());
    if (n.person()) {
      for (Named o : corpusPeople.items()) {
        if (o.sameAs(n)) {
          forms.addAll(o.forms());
        }
      }
    }
    return List.copyOf(forms);
  }

  List<Named> corpusPeople() {
    return corpusPeople.items();
  }

  List<Named> corpusBodies() {
    return corpusBodies.items();
  }

  List<RoleEntry> corpusRoles() {
    return corpusRoles.items();
  }

  List<DateValue> corpusDates() {
    return corpusDates.items();
  }

  /** Distinct items by key, at most {@link #POOL_LIMIT}, in first-seen order. */
  private static final class Pool<T> {
    private final Map<String, T> items = new LinkedHashMap<>();

    void add(String key, T item) {
      if (items.size() < POOL_LIMIT) {
        items.putIfAbsent(key, item);
      }
    }

    List<T> items() {
      return List.copyOf(items.values());
    }
  }
}
