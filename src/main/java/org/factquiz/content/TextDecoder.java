package org.factquiz.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an article's bytes into text: UTF-8 (with or without a byte-order mark), else
 * Windows-1252, the usual encoding of older news pages. Refuses empty, binary and oversized input.
 */
final class TextDecoder {
  /** Far above any news article; a larger file is a clear error, not a long wait. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  String decode(String article, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableArticleException(article, "too large (" + bytes.length / 1024
          + " KB; an article may have at most " + MAX_BYTES / 1024 + " KB)");
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    if (looksBinary(bytes, offset)) {
      throw new UnreadableArticleException(article, "not a text file (binary content)");
    }
    String text = decodeUtf8(bytes, offset);
    if (text == null) {
      text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
    if (text.isBlank()) {
      throw new UnreadableArticleException(article, "empty article");
    }
    return text;
  }

  private static String decodeUtf8(byte[] bytes, int offset) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL bytes, or many control characters in the first 8 KB, mean the file is not text. */
  private static boolean looksBinary(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return end > offset && control * 20 > end - offset;
  }
}
