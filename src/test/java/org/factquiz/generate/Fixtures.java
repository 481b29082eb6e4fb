package org.factquiz.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Two small invented articles and their facts, written for the tests (nothing from content/). */
final class Fixtures {
  static final String FERRY_ID = "ferry.txt";
  static final String FERRY = String.join("\n\n",
      "Ferry plan approved",
      "Harbor City, 12 March 2021 -- The Lakeside Council approved a new ferry plan on Tuesday.",
      "Mayor Elena Varga said that the plan would cut travel times across the bay.",
      "\"We have waited too long for reliable boats on this crossing,\" Varga told reporters.",
      "Transport Minister Tomas Reed warned that fuel costs could double within a year.",
      "The Port Authority and the Lakeside Council signed the harbour agreement in January 2021.",
      "Opposition leader Mara Holt denied that the council had rushed the vote.",
      "The Finance Ministry said that the budget for the ferries was secured.",
      "\"Every family deserves a quicker journey to the mainland,\" said Reed.",
      "The first new ferry sailed in May 2020, a year before the agreement.",
      "Engineers inspected the old pier in October 2019.");
  static final String MILL_ID = "mill.txt";
  static final String MILL = String.join("\n\n",
      "Old mill reopens",
      "Riverton, 2 June 2021 -- Historian Paul Okafor said that the mill dated from the eighteenth century.",
      "The Heritage Ministry funded the repairs in April 2021.",
      "\"The wheel turns again after sixty silent winters,\" said Director Ines Moreau.",
      "Ines Moreau, the director of the Riverton Museum, opened the doors at noon.",
      "The Riverton Museum and the Valley Trust bought the mill in 2018.",
      "The Mill Owners Guild welcomed the news.",
      "The Riverton Culture Council approved the grant.");

  private Fixtures() {}

  static List<ArticleFacts> corpus() {
    return List.of(ferry(), mill());
  }

  static ArticleTexts texts() {
    return ArticleTexts.of(Map.of(FERRY_ID, FERRY, MILL_ID, MILL));
  }

  static TemplateQuestionGenerator generator() {
    return TemplateQuestionGenerator.of(TemplateLoader.load(Path.of("question-templates")), texts());
  }

  static ArticleFacts ferry() {
    String t = FERRY;
    List<Person> people = List.of(
        new Person("Elena Varga", List.of("Varga", "Mayor Elena Varga"), List.of("Mayor"), null),
        new Person("Tomas Reed", List.of("Reed"), List.of("Transport Minister"), null),
        new Person("Mara Holt", List.of("Holt"), List.of("Opposition leader"), null));
    List<Body> bodies = List.of(
        new Body("Lakeside Council", List.of("the council"), BodyKind.COUNCIL, null),
        new Body("Port Authority", List.of(), BodyKind.OTHER, null),
        new Body("Finance Ministry", List.of(), BodyKind.MINISTRY, null),
        new Body("Transport Ministry", List.of(), BodyKind.MINISTRY, null),
        new Body("Harbor Board", List.of(), BodyKind.COUNCIL, null));
    List<Statement> statements = List.of(
        new Statement("Elena Varga", false, "the plan would cut travel times across the bay", ev(FERRY_ID, t, "Mayor Elena Varga said")),
        new Statement("Elena Varga", true, "We have waited too long for reliable boats on this crossing,", ev(FERRY_ID, t, "\"We have waited")),
        new Statement("Tomas Reed", false, "fuel costs could double within a year", ev(FERRY_ID, t, "Transport Minister Tomas Reed warned")),
        new Statement("Mara Holt", false, "denied that the council had rushed the vote", ev(FERRY_ID, t, "Opposition leader Mara Holt")),
        new Statement("Finance Ministry", false, "the budget for the ferries was secured", ev(FERRY_ID, t, "The Finance Ministry said")),
        new Statement("Tomas Reed", true, "Every family deserves a quicker journey to the mainland,", ev(FERRY_ID, t, "\"Every family")));
    List<RoleHolding> roles = List.of(
        new RoleHolding("Elena Varga", "Mayor", ev(FERRY_ID, t, "Mayor Elena Varga said")),
        new RoleHolding("Tomas Reed", "Transport Minister", ev(FERRY_ID, t, "Transport Minister Tomas Reed warned")),
        new RoleHolding("Mara Holt", "Opposition leader", ev(FERRY_ID, t, "Opposition leader Mara Holt")));
    List<DatedEvent> events = List.of(
        new DatedEvent("Council approves the ferry plan", new TimeValue("2021-03-09", Granularity.DAY), List.of(),
            List.of("Lakeside Council"), ev(FERRY_ID, t, "Harbor City, 12 March")),
        new DatedEvent("Signing of the harbour agreement", new TimeValue("2021-01", Granularity.MONTH), List.of(),
            List.of("Port Authority", "Lakeside Council"), ev(FERRY_ID, t, "The Port Authority and")),
        new DatedEvent("First new ferry sails", new TimeValue("2020-05", Granularity.MONTH), List.of(), List.of(),
            ev(FERRY_ID, t, "The first new ferry")),
        new DatedEvent("Engineers inspect the old pier", new TimeValue("2019-10", Granularity.MONTH), List.of(), List.of(),
            ev(FERRY_ID, t, "Engineers inspected")));
    return new ArticleFacts(FERRY_ID, "Ferry plan approved", new Dateline("Harbor City", LocalDate.of(2021, 3, 12), null, 0, 0),
        people, bodies, statements, roles, events);
  }

  static ArticleFacts mill() {
    String t = MILL;
    List<Person> people = List.of(
        new Person("Paul Okafor", List.of("Okafor"), List.of("Historian"), null),
        new Person("Ines Moreau", List.of("Moreau", "Director Ines Moreau"), List.of("director of the Riverton Museum"), null));
    List<Body> bodies = List.of(
        new Body("Heritage Ministry", List.of(), BodyKind.MINISTRY, null),
        new Body("Riverton Museum", List.of(), BodyKind.OTHER, null),
        new Body("Valley Trust", List.of(), BodyKind.OTHER, null),
        new Body("Mill Owners Guild", List.of(), BodyKind.OTHER, null),
        new Body("Riverton Culture Council", List.of(), BodyKind.COUNCIL, null));
    List<Statement> statements = List.of(
        new Statement("Paul Okafor", false, "the mill dated from the eighteenth century", ev(MILL_ID, t, "Riverton, 2 June")),
        new Statement("Ines Moreau", true, "The wheel turns again after sixty silent winters,", ev(MILL_ID, t, "\"The wheel")));
    List<RoleHolding> roles = List.of(
        new RoleHolding("Ines Moreau", "director of the Riverton Museum", ev(MILL_ID, t, "Ines Moreau, the director")));
    List<DatedEvent> events = List.of(
        new DatedEvent("Repairs funded", new TimeValue("2021-04", Granularity.MONTH), List.of(), List.of("Heritage Ministry"),
            ev(MILL_ID, t, "The Heritage Ministry funded")),
        new DatedEvent("The mill is bought", new TimeValue("2018", Granularity.YEAR), List.of(),
            List.of("Riverton Museum", "Valley Trust"), ev(MILL_ID, t, "The Riverton Museum and")));
    return new ArticleFacts(MILL_ID, "Old mill reopens", new Dateline("Riverton", LocalDate.of(2021, 6, 2), null, 0, 0),
        people, bodies, statements, roles, events);
  }

  /** The evidence of the sentence (a paragraph here) that starts with {@code opening}. */
  static Evidence ev(String id, String text, String opening) {
    int start = text.indexOf(opening);
    if (start < 0) {
      throw new IllegalArgumentException("not in text: " + opening);
    }
    int end = text.indexOf("\n", start);
    end = end < 0 ? text.length() : end;
    return new Evidence(id, 0, start, end, text.substring(start, end));
  }

  static List<Question> ofKind(GenerationResult r, QuestionKind kind) {
    List<Question> out = new ArrayList<>();
    r.questions().stream().filter(q -> q.kind() == kind).forEach(out::add);
    return out;
  }
}
