package org.factquiz.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code target/factquiz.jar}: {@code java -jar factquiz.jar COMMAND [ARGS]}. */
public final class Main {
  private Main() {}

  static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    for (Command c : List.<Command>of(new ServeCommand(), new ExtractCommand(), new GenerateCommand(), new ExportCommand(),
        new BenchCommand())) {
      commands.put(c.name(), c);
    }
    return commands;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    if (args.length == 0 || !commands.containsKey(args[0])) {
      if (args.length > 0 && !args[0].equals("help") && !args[0].equals("--help")) {
        err.println("unknown command: " + args[0]);
      }
      err.println("usage: java -jar target/factquiz.jar COMMAND [ARGS]");
      commands.values().forEach(c -> err.printf(java.util.Locale.ROOT, "  %-9s %s%n", c.name(), c.summary()));
      return 2;
    }
    Command command = commands.get(args[0]);
    try {
      return command.run(Arrays.asList(args).subList(1, args.length), out, err);
    } catch (UsageException e) {
      err.println(command.name() + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println(command.name() + ": failed: " + e);
      return 1;
    }
  }
}
