package org.factquiz.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list kept as a resource file: one entry per line, blank lines and lines starting with
 * '#' ignored. General vocabulary only (titles, months, furniture), never article-specific names.
 */
public final class Lexicon {
  private final List<String> entries;

  private Lexicon(List<String> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Loads a lexicon from the classpath, e.g. {@code "lexicon/time-months.txt"}. */
  public static Lexicon load(String resource) {
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing lexicon resource " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return new Lexicon(lines);
  }

  public List<String> entries() {
    return entries;
  }

  public Set<String> asSet() {
    return new LinkedHashSet<>(entries);
  }

  /** Entries of the form "key value" (split at the last space) as a map. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String e : entries) {
      int sp = e.lastIndexOf(' ');
      if (sp > 0) {
        map.put(e.substring(0, sp).strip(), e.substring(sp + 1).strip());
      }
    }
    return map;
  }
}
