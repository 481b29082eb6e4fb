package org.factquiz.api;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.factquiz.NotAuthenticatedException;
import org.factquiz.account.Account;

/** The signed-in account behind a request, as the bearer filter put it in the security context. */
public final class Caller {
  private Caller() {}

  /** The caller's account; 401 when the request carries no valid token. */
  public static Account of(SecurityContext security) {
    Principal p = security == null ? null : security.getUserPrincipal();
    if (p instanceof AccountPrincipal a) {
      return a.account();
    }
    throw new NotAuthenticatedException("sign in first: send Authorization: Bearer TOKEN");
  }

  /** The principal of an authenticated request. */
  record AccountPrincipal(Account account) implements Principal {
    @Override
    public String getName() {
      return account.email();
    }
  }
}
