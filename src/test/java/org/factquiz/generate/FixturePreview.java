package org.factquiz.generate;

/** Development aid: prints the questions made from the test fixtures. */
final class FixturePreview {
  public static void main(String[] args) {
    GenerationResult r = Fixtures.generator().generate(Fixtures.corpus(), GenerationRequest.wholeBank());
    for (Question q : r.questions()) {
      System.out.println("[" + q.kind().wireName() + " " + q.tags().template() + "] " + q.stem());
      q.premises().forEach(p -> System.out.println("   P" + p.id() + ": " + p.text()));
      q.options().forEach(o -> System.out.println("   " + o.id() + ") " + o.text()));
      System.out.println("   KEY " + q.key() + " accepted=" + q.accepted());
    }
    r.rejected().forEach(x -> System.out.println("REJ " + x.template() + " | " + x.reason() + " | " + x.stem()));
  }
}
