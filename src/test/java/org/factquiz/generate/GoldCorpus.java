package org.factquiz.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.factquiz.content.Dateline;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Body;
import org.factquiz.extract.BodyKind;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Granularity;
import org.factquiz.extract.Person;
import org.factquiz.extract.RoleHolding;
import org.factquiz.extract.Statement;
import org.factquiz.extract.TimeValue;

/**
 * The gold facts of src/test/resources/gold read as {@link ArticleFacts}, with evidence found by
 * searching content/ for each quote, role and event sentence (gold quotes carry no offsets).
 */
final class GoldCorpus {
  static final Path GOLD = Path.of("src/test/resources/gold");
  static final Path CONTENT = Path.of("content");

  final List<ArticleFacts> facts = new ArrayList<>();
  final Map<String, String> texts = new HashMap<>();

  static GoldCorpus load() {
    GoldCorpus c = new GoldCorpus();
    try (Stream<Path> files = Files.list(GOLD)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList()) {
        JsonNode g = new ObjectMapper().readTree(f.toFile());
        String id = g.get("article").asText();
        String text = Files.readString(CONTENT.resolve(id), StandardCharsets.UTF_8);
        c.texts.put(id, text);
        c.facts.add(read(id, g, new EvidenceWindow(ArticleTexts.of(Map.of(id, text))), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  ArticleTexts articleTexts() {
    return ArticleTexts.of(texts);
  }

  private static ArticleFacts read(String id, JsonNode g, EvidenceWindow w, String text) {
    Evidence origin = new Evidence(id, 0, 0, 0, "");
    List<Person> people = new ArrayList<>();
    List<RoleHolding> roles = new ArrayList<>();
    for (JsonNode p : g.get("people")) {
      List<String> aliases = strings(p.get("aliases"));
      List<String> forms = new ArrayList<>(aliases);
      forms.add(p.get("name").asText());
      people.add(new Person(p.get("name").asText(), aliases, strings(p.get("roles")), null));
      for (String role : strings(p.get("roles"))) {
        sentenceWithAll(text, id, role, forms).ifPresent(e -> roles.add(new RoleHolding(p.get("name").asText(), role, e)));
      }
    }
    List<Body> bodies = new ArrayList<>();
    for (JsonNode b : g.get("bodies")) {
      bodies.add(new Body(b.get("name").asText(), strings(b.get("aliases")), BodyKind.fromWireName(b.get("kind").asText()), null));
    }
    List<Statement> statements = new ArrayList<>();
    for (JsonNode q : g.get("quotes")) {
      String t = q.get("text").asText();
      String probe = t.length() > 40 ? t.substring(0, 40) : t;
      Optional<Evidence> e = w.sentenceWith(origin, probe);
      if (e.isEmpty()) {
        e = w.sentenceWith(origin, Excerpts.firstWords(t, 3));
      }
      e.ifPresent(ev -> statements.add(new Statement(q.get("speaker").asText(), q.get("direct").asBoolean(), t, ev)));
    }
    List<DatedEvent> events = new ArrayList<>();
    for (JsonNode ev : g.get("events")) {
      String sentence = ev.get("evidence").asText();
      int at = text.indexOf(sentence);
      if (at < 0) {
        continue;
      }
      TimeValue when = ev.get("date").isNull() ? TimeValue.unresolved()
          : new TimeValue(ev.get("date").asText(), Granularity.fromWireName(ev.get("granularity").asText()));
      events.add(new DatedEvent(ev.get("what").asText(), when, strings(ev.get("people")), strings(ev.get("bodies")),
          new Evidence(id, 0, at, at + sentence.length(), sentence)));
    }
    JsonNode d = g.get("dateline");
    Dateline dateline = d == null || d.isNull() ? null
        : new Dateline(d.get("place").asText(), LocalDate.parse(d.get("date").asText()), null, 0, 0);
    String title = g.get("title") == null || g.get("title").isNull() ? null : g.get("title").asText();
    return new ArticleFacts(id, title, dateline, people, bodies, statements, roles, events);
  }

  /** The first sentence of the text holding the role and one of the person's forms. */
  private static Optional<Evidence> sentenceWithAll(String text, String id, String role, List<String> forms) {
    EvidenceWindow w = new EvidenceWindow(ArticleTexts.of(Map.of(id, text)));
    int from = 0;
    while (true) {
      int at = text.indexOf(role, from);
      if (at < 0) {
        return Optional.empty();
      }
      Optional<Evidence> e = w.sentenceWith(new Evidence(id, 0, at, at, ""), role);
      if (e.isPresent() && NameForms.mentionsAny(e.get().sentence(), forms)) {
        return e;
      }
      from = at + 1;
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
