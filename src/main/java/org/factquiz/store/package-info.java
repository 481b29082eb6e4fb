/**
 * Database access: JDBC implementations of the features' repository interfaces on a HikariCP
 * pool, and Flyway migrations in {@code db/migration} (V1..V99 here; V100+ for study mode).
 */
package org.factquiz.store;
