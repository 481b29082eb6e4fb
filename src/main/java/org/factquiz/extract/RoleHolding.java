package org.factquiz.extract;

/** A person held a role, as the article writes it ("UN Secretary-General"). */
public record RoleHolding(String person, String role, Evidence evidence) implements Fact {}
