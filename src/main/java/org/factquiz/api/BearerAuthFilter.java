package org.factquiz.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import org.factquiz.NotAuthenticatedException;
import org.factquiz.account.Account;
import org.factquiz.account.AccountService;

/**
 * Reads {@code Authorization: Bearer TOKEN} and, for a valid token, makes its account the
 * request's principal. A request without the header stays anonymous (routes decide); a wrong or
 * expired token is refused with 401 at once.
 */
@Priority(Priorities.AUTHENTICATION)
final class BearerAuthFilter implements ContainerRequestFilter {
  private final AccountService accounts;

  BearerAuthFilter(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      throw new NotAuthenticatedException("the Authorization header must be \"Bearer TOKEN\"");
    }
    String token = header.substring(7).trim();
    Account account = accounts.authenticate(token)
        .orElseThrow(() -> new NotAuthenticatedException("this token is unknown or has expired; sign in again"));
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return new Caller.AccountPrincipal(account);
      }

      @Override
      public boolean isUserInRole(String role) {
        return account.role().wireName().equals(role.toLowerCase(Locale.ROOT));
      }

      @Override
      public boolean isSecure() {
        return secure;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    });
  }
}
