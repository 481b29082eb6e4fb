package org.factquiz.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.FactQuizException;
import org.factquiz.content.Dateline;

/**
 * The facts file format of the gold schema ({@code <article>.facts.json}), with the evidence of
 * every quote, role and event added: {@code evidence} is the sentence verbatim (as in the gold)
 * and {@code span} its paragraph and character offsets.
 */
public final class FactsJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FactsJson() {}

  public static ObjectNode toJson(ArticleFacts facts) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("article", facts.article());
    root.put("title", facts.title());
    if (facts.dateline() == null || facts.dateline().date() == null) {
      root.putNull("dateline");
    } else {
      ObjectNode d = root.putObject("dateline");
      d.put("place", facts.dateline().place());
      d.put("date", facts.dateline().date().toString());
    }
    ArrayNode people = root.putArray("people");
    for (Person p : facts.people()) {
      ObjectNode n = people.addObject();
      n.put("name", p.name());
      strings(n.putArray("aliases"), p.aliases());
      strings(n.putArray("roles"), p.roles());
    }
    ArrayNode bodies = root.putArray("bodies");
    for (Body b : facts.bodies()) {
      ObjectNode n = bodies.addObject();
      n.put("name", b.name());
      strings(n.putArray("aliases"), b.aliases());
      n.put("kind", b.kind().wireName());
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Statement q : facts.statements()) {
      ObjectNode n = quotes.addObject();
      n.put("speaker", q.speaker());
      n.put("direct", q.direct());
      n.put("text", q.text());
      evidence(n, q.evidence());
    }
    ArrayNode roles = root.putArray("roleFacts");
    for (RoleHolding r : facts.roles()) {
      ObjectNode n = roles.addObject();
      n.put("person", r.person());
      n.put("role", r.role());
      evidence(n, r.evidence());
    }
    ArrayNode events = root.putArray("events");
    for (DatedEvent e : facts.events()) {
      ObjectNode n = events.addObject();
      n.put("what", e.what());
      n.put("date", e.when().iso());
      n.put("granularity", e.when().granularity().wireName());
      n.put("kind", e.kind().wireName());
      strings(n.putArray("people"), e.people());
      strings(n.putArray("bodies"), e.bodies());
      evidence(n, e.evidence());
    }
    return root;
  }

  public static void write(ArticleFacts facts, Path file) {
    try {
      MAPPER.writeValue(file.toFile(), toJson(facts));
    } catch (IOException e) {
      throw new FactQuizException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static String toJsonString(ArticleFacts facts) {
    try {
      return MAPPER.writeValueAsString(toJson(facts));
    } catch (IOException e) {
      throw new FactQuizException("cannot serialise facts of " + facts.article(), e);
    }
  }

  /** Reads a facts file, ours or a gold one (whose evidence has no offsets: they read as -1). */
  public static ArticleFacts read(Path file) {
    try {
      return fromJson(MAPPER.readTree(Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      throw new FactQuizException("cannot read facts file " + file + ": " + e.getMessage(), e);
    }
  }

  public static ArticleFacts fromJson(JsonNode root) {
    String article = root.path("article").asText();
    Dateline dateline = null;
    JsonNode d = root.path("dateline");
    if (d.isObject() && d.hasNonNull("date")) {
      dateline = new Dateline(d.path("place").asText(null), LocalDate.parse(d.path("date").asText()), null, -1, -1);
    }
    List<Person> people = new ArrayList<>();
    for (JsonNode n : root.path("people")) {
      people.add(new Person(n.path("name").asText(), strings(n.path("aliases")), strings(n.path("roles")), null));
    }
    List<Body> bodies = new ArrayList<>();
    for (JsonNode n : root.path("bodies")) {
      bodies.add(new Body(n.path("name").asText(), strings(n.path("aliases")), BodyKind.fromWireName(n.path("kind").asText("other")), null));
    }
    List<Statement> statements = new ArrayList<>();
    for (JsonNode n : root.path("quotes")) {
      statements.add(new Statement(n.path("speaker").asText(), n.path("direct").asBoolean(), n.path("text").asText(), evidence(article, n)));
    }
    List<RoleHolding> roles = new ArrayList<>();
    for (JsonNode n : root.path("roleFacts")) {
      roles.add(new RoleHolding(n.path("person").asText(), n.path("role").asText(), evidence(article, n)));
    }
    List<DatedEvent> events = new ArrayList<>();
    for (JsonNode n : root.path("events")) {
      String date = n.path("date").isNull() ? null : n.path("date").asText(null);
      TimeValue when = new TimeValue(date, Granularity.fromWireName(n.path("granularity").asText("unresolved")));
      events.add(new DatedEvent(n.path("what").asText(), when, strings(n.path("people")), strings(n.path("bodies")), evidence(article, n),
          EventKind.fromWireName(n.path("kind").asText(""))));
    }
    return new ArticleFacts(article, root.path("title").asText(null), dateline, people, bodies, statements, roles, events);
  }

  private static void evidence(ObjectNode n, Evidence e) {
    if (e == null) {
      return;
    }
    n.put("evidence", e.sentence());
    ObjectNode span = n.putObject("span");
    span.put("paragraph", e.paragraph());
    span.put("start", e.start());
    span.put("end", e.end());
  }

  private static Evidence evidence(String article, JsonNode n) {
    JsonNode span = n.path("span");
    if (!n.hasNonNull("evidence")) {
      return null;
    }
    return new Evidence(article, span.path("paragraph").asInt(-1), span.path("start").asInt(-1), span.path("end").asInt(-1), n.path("evidence").asText());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
