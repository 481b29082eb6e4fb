package org.factquiz.store;

import org.factquiz.FactQuizException;

/** The database failed or holds something unreadable; the message names the operation. */
public final class StoreException extends FactQuizException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
