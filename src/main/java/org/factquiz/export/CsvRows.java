package org.factquiz.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV written by jackson-dataformat-csv: fields with commas, quotes or line breaks are
 * quoted and inner quotes doubled; rows end in CRLF; a UTF-8 byte-order mark lets spreadsheet
 * programs read non-ASCII names correctly.
 */
final class CsvRows {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvRows() {}

  static byte[] write(List<List<String>> rows) {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try {
      String[][] table = rows.stream().map(r -> r.toArray(String[]::new)).toArray(String[][]::new);
      byte[] text = MAPPER.writer(schema).writeValueAsString(table).getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[BOM.length + text.length];
      System.arraycopy(BOM, 0, out, 0, BOM.length);
      System.arraycopy(text, 0, out, BOM.length, text.length);
      return out;
    } catch (JsonProcessingException e) {
      throw new ExportException("cannot write CSV: " + e.getMessage(), e);
    }
  }
}
