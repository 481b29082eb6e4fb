package org.factquiz.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The registry of exporters by format name, e.g. {@code ExportFormats.standard().require("gift")}. */
public final class ExportFormats {
  private final Map<String, Exporter> byName = new LinkedHashMap<>();

  public ExportFormats(List<Exporter> exporters) {
    for (Exporter e : exporters) {
      if (byName.putIfAbsent(e.format(), e) != null) {
        throw new IllegalArgumentException("two exporters named " + e.format());
      }
    }
  }

  /** Every format this project writes. */
  public static ExportFormats standard() {
    return new ExportFormats(List.of(
        new Qti21Exporter(),
        new Qti30Exporter(),
        new MoodleXmlExporter(),
        new GiftExporter(),
        new AikenExporter(),
        new CanvasExporter(),
        new KahootCsvExporter(),
        new QuizletCsvExporter(),
        new H5pExporter()));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  public List<Exporter> all() {
    return List.copyOf(byName.values());
  }

  public Optional<Exporter> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** The exporter named {@code name}; throws {@link UnknownFormatException} listing the known names. */
  public Exporter require(String name) {
    return find(name).orElseThrow(() -> new UnknownFormatException(String.valueOf(name), names()));
  }
}
