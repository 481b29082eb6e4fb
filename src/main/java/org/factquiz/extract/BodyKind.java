package org.factquiz.extract;

import java.util.Locale;

/** The kinds of bodies of the gold schema. */
public enum BodyKind {
  ALLIANCE,
  COUNCIL,
  GOVERNMENT,
  MINISTRY,
  LEGISLATURE,
  PARTY,
  MILITARY,
  MEDIA,
  INTERNATIONAL_ORGANIZATION,
  TREATY_OR_AGREEMENT,
  PROGRAMME,
  OTHER;

  /** The schema's spelling, e.g. "international-organization". */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static BodyKind fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
