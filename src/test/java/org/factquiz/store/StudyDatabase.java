package org.factquiz.store;

import java.util.UUID;

/** A fresh in-memory H2 database migrated by the production migrations. */
final class StudyDatabase {
  private StudyDatabase() {}

  static Database fresh() {
    return Database.open("jdbc:h2:mem:study-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
