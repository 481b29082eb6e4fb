/** Command-line entry points: one runnable jar whose first argument names the command. */
package org.factquiz.cli;
