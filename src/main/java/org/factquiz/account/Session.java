package org.factquiz.account;

import java.time.Instant;

/** A signed-in account and the moment its token stops working. */
public record Session(Account account, Instant expiresAt) {}
