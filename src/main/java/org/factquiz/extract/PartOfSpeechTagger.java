package org.factquiz.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens and Universal Dependencies POS tags of a sentence, from the Apache OpenNLP UD English
 * models. Thread-safe: the models are shared, each thread gets its own tokenizer and tagger.
 */
final class PartOfSpeechTagger {
  /** A token: its span in the sentence, its words and its UD tag (VERB, AUX, NOUN, PROPN ...). */
  record Token(int start, int end, String text, String tag) {
    boolean isVerb() {
      return VERB_TAGS.contains(tag);
    }
  }

  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Loads the models once, on first use. */
  private static final class Models {
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    static final POSModel POS = load(POS_MODEL, POSModel::new);
  }

  private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
  private final ThreadLocal<POSTaggerME> tagger =
      ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS, POSTagFormat.UD));

  List<Token> tag(String sentence) {
    List<Span> spans = splitPossessives(tokenizer.get().tokenizePos(sentence), sentence);
    String[] words = spans.stream().map(s -> s.getCoveredText(sentence).toString()).toArray(String[]::new);
    String[] tags = tagger.get().tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(spans.get(i).getStart(), spans.get(i).getEnd(), words[i], tags[i]));
    }
    return tokens;
  }

  /** The UD tokenizer keeps "Russia's" whole, which the tagger then misreads; split off the clitic. */
  private static List<Span> splitPossessives(Span[] spans, String sentence) {
    List<Span> out = new ArrayList<>(spans.length + 4);
    for (Span span : spans) {
      int end = span.getEnd();
      boolean possessive = span.length() > 2 && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S')
          && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '\u2019');
      if (possessive) {
        out.add(new Span(span.getStart(), end - 2));
        out.add(new Span(end - 2, end));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = PartOfSpeechTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
