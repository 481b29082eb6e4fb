package org.factquiz.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factquiz.FactQuizException;
import org.factquiz.content.Article;
import org.factquiz.content.ArticleReader;
import org.factquiz.content.UnreadableArticleException;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.FactExtractor;
import org.factquiz.extract.FactsJson;
import org.factquiz.extract.RuleBasedFactExtractor;

/**
 * {@code extract --out DIR FILE...}: writes {@code <article>.facts.json} per article into DIR; a
 * directory argument means every *.txt in it. A bad file is reported and the run goes on.
 */
final class ExtractCommand implements Command {
  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String summary() {
    return "extract --out DIR FILE|DIR...   write <article>.facts.json per article";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options options = Options.parse(args, Set.of("out"), Set.of());
    Path outDir = Path.of(options.require("out"));
    List<Path> files = inputs(options.positional());
    if (files.isEmpty()) {
      throw new UsageException("name at least one article file or directory");
    }
    Files.createDirectories(outDir);
    ArticleReader reader = new ArticleReader();
    FactExtractor extractor = RuleBasedFactExtractor.create();
    int failed = 0;
    for (Path file : files) {
      String id = file.getFileName().toString();
      try {
        if (Files.size(file) > ArticleReader.MAX_BYTES) {
          throw new UnreadableArticleException(id, "too large (" + Files.size(file) / 1024 + " KB; an article may have at most "
              + ArticleReader.MAX_BYTES / 1024 + " KB)");
        }
        Article article = reader.read(id, Files.readAllBytes(file));
        ArticleFacts facts = extractor.extract(article);
        Path target = outDir.resolve(baseName(id) + ".facts.json");
        FactsJson.write(facts, target);
        out.printf(java.util.Locale.ROOT, "%s: %d people, %d bodies, %d statements, %d events -> %s%n", id, facts.people().size(),
            facts.bodies().size(), facts.statements().size(), facts.events().size(), target);
      } catch (FactQuizException | java.io.IOException e) {
        failed++;
        err.println("extract: " + (e instanceof FactQuizException ? e.getMessage() : id + ": " + e));
      }
    }
    return failed == 0 ? 0 : 1;
  }

  static List<Path> inputs(List<String> names) throws java.io.IOException {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  static String baseName(String id) {
    return id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
  }
}
