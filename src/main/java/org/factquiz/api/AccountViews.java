package org.factquiz.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.factquiz.account.Account;
import org.factquiz.account.Classroom;
import org.factquiz.account.SignedIn;

/** Wire records of accounts and classes. */
final class AccountViews {
  private AccountViews() {}

  record SignUpRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 16) String classCode) {}

  record SignInRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {}

  record SetupRequest(
      @NotBlank @Size(max = 200) String setupToken,
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
      @NotBlank @Size(max = 200) String name) {}

  record ClassRequest(@NotBlank @Size(max = 200) String name) {}

  record JoinRequest(@NotBlank @Size(max = 16) String code) {}

  record UserView(long id, String email, String name, String role) {
    static UserView of(Account a) {
      return new UserView(a.id(), a.email(), a.name(), a.role().wireName());
    }
  }

  record SessionView(String token, UserView user) {
    static SessionView of(SignedIn s) {
      return new SessionView(s.token(), UserView.of(s.account()));
    }
  }

  record ClassView(long id, String name, String code) {
    static ClassView of(Classroom c) {
      return new ClassView(c.id(), c.name(), c.code());
    }
  }
}
