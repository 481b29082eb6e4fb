package org.factquiz.account;

/** The result of signing up or in: a bearer token (shown once, stored only hashed) and the account. */
public record SignedIn(String token, Account account) {}
