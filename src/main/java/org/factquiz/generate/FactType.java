package org.factquiz.generate;

import java.util.Locale;

/** The kind of fact a template draws on; wire names are lower case ("statement"). */
enum FactType {
  STATEMENT,
  ROLE,
  EVENT;

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
