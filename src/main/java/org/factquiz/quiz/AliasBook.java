package org.factquiz.quiz;

import java.util.List;

/** Other names an article gives the same person or body, so "Smith" can count for "Jane Smith". */
public interface AliasBook {
  /** Every form of the name in the article, including the name itself; just the name if unknown. */
  List<String> formsOf(String articleId, String name);

  AliasBook NONE = (article, name) -> List.of(name);
}
