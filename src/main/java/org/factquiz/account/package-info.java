/**
 * Accounts: teachers and students, passwords hashed with bcrypt, bearer tokens stored hashed and
 * expiring, the first teacher, and classes that students join with a code.
 */
package org.factquiz.account;
