package org.factquiz.account;

/** A teacher's class; students join it with its code. */
public record Classroom(long id, String name, String code, long teacherId) {}
