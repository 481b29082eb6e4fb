package org.factquiz.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.factquiz.api.QuestionViews.EvidenceView;
import org.factquiz.api.QuestionViews.TeacherQuestionView;
import org.factquiz.content.Article;
import org.factquiz.content.Dateline;
import org.factquiz.quiz.LibraryEntry;

/** Wire records of articles, their facts and the timeline. */
final class ArticleViews {
  static final int MAX_TEXT = 200 * 1024;

  private ArticleViews() {}

  record AddArticleRequest(@Size(max = 300) String title,
      @NotBlank @Size(max = MAX_TEXT, message = "must be at most 200 KB (204800 characters)") String text) {}

  record DatelineView(String place, String date) {
    static DatelineView of(Dateline d) {
      return d == null ? null : new DatelineView(d.place(), d.date() == null ? null : d.date().toString());
    }
  }

  record ArticleSummaryView(String id, String title, DatelineView dateline, int paragraphs, String origin) {
    static ArticleSummaryView of(LibraryEntry e) {
      Article a = e.article();
      return new ArticleSummaryView(a.id(), a.title(), DatelineView.of(a.dateline()), a.paragraphs().size(), e.origin());
    }
  }

  record ParagraphView(int index, int start, int end, String text) {}

  record ArticleView(String id, String title, DatelineView dateline, List<ParagraphView> paragraphs, String origin) {
    static ArticleView of(LibraryEntry e) {
      Article a = e.article();
      return new ArticleView(a.id(), a.title(), DatelineView.of(a.dateline()),
          a.paragraphs().stream().map(p -> new ParagraphView(p.index(), p.start(), p.end(), p.text())).toList(), e.origin());
    }
  }

  /** A teacher's new article, what was extracted from it and the questions made from it. */
  record AddedArticleView(ArticleView article, JsonNode facts, List<TeacherQuestionView> questions) {}

  record TimelineEntryView(String date, String granularity, String what, String article, int paragraph,
      EvidenceView evidence) {}
}
