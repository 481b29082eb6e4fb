package org.factquiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.factquiz.export.ExportAudit;
import org.factquiz.export.ExportFormats;
import org.factquiz.generate.QuestionSet;
import org.factquiz.generate.QuestionSetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bars on the real bank: {@code generate} on content/, then every export format
 * through its validator with every exported key read back and compared with the bank.
 */
class BankExportTest {
  @Test
  void everyFormatOfTheGeneratedBankValidatesAndKeepsEveryKey(@TempDir Path dir) throws Exception {
    assumeTrue(Main.commands().containsKey("generate"), "no generate command on this branch yet: bank export audit skipped");
    Path bank = dir.resolve("bank.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"generate", "--out", bank.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
    QuestionSet set = QuestionSetJson.read(bank);
    assertTrue(set.questions().size() > 0, "the generated bank is empty");
    for (String format : ExportFormats.standard().names()) {
      ExportAudit.Outcome o = ExportAudit.check(format, set, dir);
      System.out.printf(Locale.ROOT, "bank %-12s exported %3d of %3d, left out %3d, adapted %3d, keys read back %3d, %d bytes%n",
          format, o.exported(), set.questions().size(), o.omitted(), o.adapted(), o.keysChecked(), o.bytes());
      assertEquals(o.exported(), o.keysChecked(), format);
      assertEquals(set.questions().size(), o.exported() + o.omitted(), format);
    }
  }
}
