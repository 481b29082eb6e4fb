package org.factquiz.extract;

/** A grounded fact: something an article states, with the sentence that states it. */
public sealed interface Fact permits Statement, RoleHolding, DatedEvent {
  Evidence evidence();
}
