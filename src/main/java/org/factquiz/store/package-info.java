/** Database access: JDBC implementations of the features' repository interfaces, and migrations. */
package org.factquiz.store;
