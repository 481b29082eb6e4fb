package org.factquiz.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response at a time from the bytes received so far: the status line, the
 * headers, and a body framed by {@code Content-Length} or chunked transfer coding. The body is
 * skipped; the load benchmark needs only the status and whether the connection stays open.
 */
final class ResponseParser {
  private int status;
  private boolean close;

  /** The status of the last complete response. */
  int status() {
    return status;
  }

  /** Whether the server said it will close the connection after the last complete response. */
  boolean closeAfter() {
    return close;
  }

  /**
   * Consumes one complete response from {@code in} (in read mode) and returns true, or returns
   * false and leaves {@code in} untouched when the response is not complete yet.
   */
  boolean parse(ByteBuffer in) {
    int start = in.position();
    int headerEnd = indexOf(in, start, "\r\n\r\n");
    if (headerEnd < 0) {
      return false;
    }
    String head = new String(in.array(), in.arrayOffset() + start, headerEnd - start, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int bodyStart = headerEnd + 4;
    int end;
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      end = chunkedEnd(in, bodyStart);
    } else {
      int length = contentLength(head);
      end = in.limit() - bodyStart >= length ? bodyStart + length : -1;
    }
    if (end < 0) {
      return false;
    }
    status = Integer.parseInt(head.substring(9, 12));
    close = head.contains("\r\nconnection: close");
    in.position(end);
    return true;
  }

  private static int contentLength(String head) {
    int at = head.indexOf("\r\ncontent-length:");
    if (at < 0) {
      return 0;
    }
    int from = at + "\r\ncontent-length:".length();
    int to = head.indexOf("\r\n", from);
    return Integer.parseInt(head.substring(from, to < 0 ? head.length() : to).trim());
  }

  /** The position after the last chunk and its trailer, or -1 while incomplete. */
  private static int chunkedEnd(ByteBuffer in, int from) {
    int at = from;
    while (true) {
      int lineEnd = indexOf(in, at, "\r\n");
      if (lineEnd < 0) {
        return -1;
      }
      String sizeLine = new String(in.array(), in.arrayOffset() + at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semicolon = sizeLine.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        int trailerEnd = indexOf(in, lineEnd, "\r\n\r\n");
        return trailerEnd < 0 ? -1 : trailerEnd + 4;
      }
      at = lineEnd + 2 + size + 2;
      if (at > in.limit()) {
        return -1;
      }
    }
  }

  private static int indexOf(ByteBuffer in, int from, String pattern) {
    byte[] a = in.array();
    int offset = in.arrayOffset();
    int last = in.limit() - pattern.length();
    for (int i = from; i <= last; i++) {
      int j = 0;
      while (j < pattern.length() && a[offset + i + j] == pattern.charAt(j)) {
        j++;
      }
      if (j == pattern.length()) {
        return i;
      }
    }
    return -1;
  }
}
