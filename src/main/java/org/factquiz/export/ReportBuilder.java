package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.generate.Question;

/** Collects an export report while an exporter walks the questions. */
final class ReportBuilder {
  private final String format;
  private final int total;
  private int exported;
  private final List<Omission> omitted = new ArrayList<>();
  private final List<Omission> adapted = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ReportBuilder(String format, int total) {
    this.format = format;
    this.total = total;
  }

  void exported() {
    exported++;
  }

  void omit(Question q, String reason) {
    omitted.add(new Omission(q.id(), q.kind(), reason));
  }

  void adapt(Question q, String how) {
    adapted.add(new Omission(q.id(), q.kind(), how));
  }

  void note(String note) {
    notes.add(note);
  }

  ExportReport build() {
    List<String> all = new ArrayList<>(notes);
    if (exported == 0) {
      all.add(0, "no question was written: LMS importers refuse a file without questions");
    }
    return new ExportReport(format, total, exported, omitted, adapted, all);
  }
}
