package org.factquiz.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.factquiz.account.Account;
import org.factquiz.account.AccountService;
import org.factquiz.account.ClassService;
import org.factquiz.api.AccountViews.ClassRequest;
import org.factquiz.api.AccountViews.ClassView;
import org.factquiz.api.AccountViews.JoinRequest;
import org.factquiz.api.AccountViews.SessionView;
import org.factquiz.api.AccountViews.SetupRequest;
import org.factquiz.api.AccountViews.SignInRequest;
import org.factquiz.api.AccountViews.SignUpRequest;
import org.factquiz.api.AccountViews.UserView;

/** Sign-up, sign-in and sign-out, the caller's own account, and classes. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AccountResource {
  private final AccountService accounts;
  private final ClassService classes;

  AccountResource(AccountService accounts, ClassService classes) {
    this.accounts = accounts;
    this.classes = classes;
  }

  @POST
  @Path("auth/signup")
  public Response signUp(@NotNull @Valid SignUpRequest body) {
    return Response.status(201).entity(SessionView.of(
        accounts.signUpStudent(body.email(), body.password(), body.name(), body.classCode()))).build();
  }

  @POST
  @Path("auth/signin")
  public SessionView signIn(@NotNull @Valid SignInRequest body) {
    return SessionView.of(accounts.signIn(body.email(), body.password()));
  }

  @POST
  @Path("auth/setup")
  public Response setUp(@NotNull @Valid SetupRequest body) {
    return Response.status(201).entity(SessionView.of(
        accounts.setUpTeacher(body.setupToken(), body.email(), body.password(), body.name()))).build();
  }

  @POST
  @Path("auth/signout")
  public Response signOut(@Context SecurityContext security, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Caller.of(security);
    accounts.signOut(authorization.substring(7).trim());
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  public UserView me(@Context SecurityContext security) {
    return UserView.of(Caller.of(security));
  }

  @POST
  @Path("classes")
  public Response createClass(@Context SecurityContext security, @NotNull @Valid ClassRequest body) {
    return Response.status(201).entity(ClassView.of(classes.create(Caller.of(security), body.name()))).build();
  }

  @GET
  @Path("classes")
  public List<ClassView> classes(@Context SecurityContext security) {
    return classes.visibleTo(Caller.of(security)).stream().map(ClassView::of).toList();
  }

  @POST
  @Path("classes/join")
  public ClassView join(@Context SecurityContext security, @NotNull @Valid JoinRequest body) {
    Account student = Caller.of(security);
    return ClassView.of(classes.join(student, body.code()));
  }
}
