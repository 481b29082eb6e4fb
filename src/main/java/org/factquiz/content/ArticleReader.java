package org.factquiz.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plain-text news article: decodes it, drops site furniture by general rules, finds the
 * title, the dateline, the paragraphs and their sentences, keeping offsets into the original text.
 * Thread-safe.
 */
public final class ArticleReader {
  /** How far into the article a title or a dateline may stand. */
  private static final int HEAD_BLOCKS = 8;
  private static final int TITLE_MAX_WORDS = 20;
  private static final int SUBSTANTIAL_PARAGRAPH = 200;

  /** The largest article accepted, in bytes; a larger file is refused with a clear error. */
  public static final int MAX_BYTES = TextDecoder.MAX_BYTES;

  private final TextDecoder decoder = new TextDecoder();
  private final BlockSplitter blocks = new BlockSplitter();
  private final FurnitureFilter furniture = new FurnitureFilter();
  private final DatelineFinder datelines = new DatelineFinder();
  private final SentenceSplitter sentences = new SentenceSplitter();

  /** Reads an article from its bytes; {@code id} (usually the file name) names it in errors. */
  public Article read(String id, byte[] bytes) {
    return read(id, decoder.decode(id, bytes));
  }

  public Article read(String id, String text) {
    if (text.isBlank()) {
      throw new UnreadableArticleException(id, "empty article");
    }
    List<Block> all = blocks.split(text);
    LocalDate dateLine = null;
    int dateLineAt = -1;
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      Optional<LocalDate> date = i < HEAD_BLOCKS + 2 && dateLine == null ? datelines.dateOnlyLine(b.text().strip()) : Optional.empty();
      if (date.isPresent()) {
        dateLine = date.get();
        dateLineAt = b.start();
        continue;
      }
      if (!furniture.isFurniture(b)) {
        kept.add(b);
      }
    }
    int titleIndex = findTitle(kept);
    String title = titleIndex >= 0 ? kept.get(titleIndex).text().strip() : null;
    List<Block> body = withoutPullQuotes(kept.subList(titleIndex + 1, kept.size()));

    Dateline dateline = null;
    int datelineBlock = -1;
    for (int i = 0; i < Math.min(body.size(), HEAD_BLOCKS) && dateline == null; i++) {
      Block b = body.get(i);
      Optional<Dateline> found = datelines.atStart(text, b.start(), b.end(), dateLine);
      if (found.isPresent()) {
        dateline = found.get();
        datelineBlock = i;
      }
    }
    if (dateline == null && dateLine != null) {
      int end = text.indexOf('\n', dateLineAt);
      dateline = new Dateline(null, dateLine, null, dateLineAt, end < 0 ? text.length() : end);
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      int start = i == datelineBlock ? dateline.end() : b.start();
      if (start < b.end()) {
        paragraphs.add(paragraph(text, paragraphs.size(), start, b.end()));
      }
    }
    return new Article(id, text, title, dateline, paragraphs);
  }

  private Paragraph paragraph(String text, int index, int start, int end) {
    List<Sentence> list = new ArrayList<>();
    for (int[] s : sentences.split(text, start, end)) {
      list.add(new Sentence(index, list.size(), s[0], s[1], text.substring(s[0], s[1])));
    }
    return new Paragraph(index, start, end, text.substring(start, end), list);
  }

  /** The first title-shaped block before the first substantial paragraph, or -1. */
  private int findTitle(List<Block> kept) {
    for (int i = 0; i < Math.min(kept.size(), HEAD_BLOCKS); i++) {
      Block b = kept.get(i);
      if (b.text().length() >= SUBSTANTIAL_PARAGRAPH) {
        return -1;
      }
      if (b.words() <= TITLE_MAX_WORDS && !b.endsLikeSentence() && i + 1 < kept.size()) {
        Block next = kept.get(i + 1);
        boolean brand = b.words() <= 3 && isCapitalisedWords(b.text());
        if (brand && next.words() <= TITLE_MAX_WORDS && !next.endsLikeSentence() && i + 2 < kept.size()) {
          continue; // a site name ("Daily Courier") above the headline
        }
        return i;
      }
    }
    return -1;
  }

  private static boolean isCapitalisedWords(String text) {
    for (String w : text.strip().split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Drops pull quotes: a block that ends no sentence and repeats text found in another block. */
  private static List<Block> withoutPullQuotes(List<Block> body) {
    List<String> folded = body.stream().map(b -> FurnitureFilter.fold(b.text())).toList();
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      boolean repeated = false;
      if (!b.endsLikeSentence() && folded.get(i).length() > 20) {
        for (int j = 0; j < body.size() && !repeated; j++) {
          repeated = j != i && folded.get(j).length() > folded.get(i).length() && folded.get(j).contains(folded.get(i));
        }
      }
      if (!repeated) {
        out.add(b);
      }
    }
    return out;
  }
}
