package org.factquiz.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the runnable jar, e.g. {@code extract}. */
interface Command {
  String name();

  String summary();

  /** Runs the command; returns the process exit code. */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
