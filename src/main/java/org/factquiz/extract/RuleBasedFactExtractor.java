package org.factquiz.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factquiz.content.Article;
import org.factquiz.content.Paragraph;
import org.factquiz.content.Sentence;

/**
 * The fact extractor: general rules over capitalisation, lexicons of general vocabulary and
 * punctuation (no statistical name model). Stateless and thread-safe.
 */
public final class RuleBasedFactExtractor implements FactExtractor {
  private final Tokenizer tokenizer = new Tokenizer();
  private final EntityFinder entities = new EntityFinder();
  private final StatementFinder statements = new StatementFinder();
  private final EventExtractor events = new EventExtractor();

  private RuleBasedFactExtractor() {}

  public static RuleBasedFactExtractor create() {
    return new RuleBasedFactExtractor();
  }

  @Override
  public ArticleFacts extract(Article article) {
    String text = article.text();
    List<SentenceView> sentences = new ArrayList<>();
    Set<String> lowerCaseWords = new HashSet<>();
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        List<Token> tokens = tokenizer.tokens(text, s.start(), s.end());
        for (Token t : tokens) {
          if (!t.capitalized()) {
            lowerCaseWords.add(t.text().toLowerCase(Locale.ROOT));
          }
        }
        sentences.add(new SentenceView(s, tokens, new Evidence(article.id(), p.index(), s.start(), s.end(), s.text())));
      }
    }
    EntityIndex index = entities.find(text, sentences, lowerCaseWords);
    if (article.dateline() != null && article.dateline().source() != null) {
      String source = article.dateline().source();
      var known = Vocabulary.get().knownBodies.get(source);
      index.body(known != null ? known.name() : source, BodyKind.MEDIA, null);
    }
    List<Statement> said = statements.find(article, sentences, index);
    Vocabulary vocabulary = Vocabulary.get();
    List<PersonBuilder> credible = index.people().stream()
        .filter(p -> p.isCredible(vocabulary.givenNames, vocabulary.honorifics)).toList();
    List<Person> people = credible.stream().map(PersonBuilder::build).toList();
    List<Body> bodies = index.bodies().stream().map(BodyBuilder::build).toList();
    List<RoleHolding> roles = credible.stream().flatMap(p -> p.roleFacts().stream()).toList();
    List<DatedEvent> dated = events.extract(article, people, bodies);
    return new ArticleFacts(article.id(), article.title(), article.dateline(), people, bodies, said, roles, dated);
  }
}
