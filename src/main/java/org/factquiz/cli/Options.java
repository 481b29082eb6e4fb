package org.factquiz.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} options and positional arguments; flags take no value. */
final class Options {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
    Options o = new Options();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String inline = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          inline = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name)) {
          o.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
        } else if (valued.contains(name)) {
          String v = inline;
          if (v == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("--" + name + " needs a value");
            }
            v = args.get(++i);
          }
          o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        o.positional.add(a);
      }
    }
    return o;
  }

  String get(String name) {
    List<String> v = values.get(name);
    return v == null ? null : v.get(v.size() - 1);
  }

  String require(String name) {
    String v = get(name);
    if (v == null) {
      throw new UsageException("--" + name + " is required");
    }
    return v;
  }

  /** All values of a repeatable option, each split on commas. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  List<String> positional() {
    return List.copyOf(positional);
  }
}
