package org.factquiz.cli;

import java.nio.ByteBuffer;

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
    // Works on the bytes as they are, allocating nothing: the client must stay cheap.
    int headers = headerEnd + 2;
    int bodyStart = headerEnd + 4;
    int end;
    if (header(in, start, headers, "\r\ntransfer-encoding: chunked") >= 0) {
      end = chunkedEnd(in, bodyStart);
    } else {
      int at = header(in, start, headers, "\r\ncontent-length:");
      long length = at < 0 ? 0 : number(in, at + "\r\ncontent-length:".length(), 10);
      end = in.limit() - bodyStart >= length ? bodyStart + (int) length : -1;
    }
    if (end < 0) {
      return false;
    }
    status = (int) number(in, start + "HTTP/1.1 ".length(), 10);
    close = header(in, start, headers, "\r\nconnection: close") >= 0;
    in.position(end);
    return true;
  }

  /** The position of {@code name} (lower case) among the headers, ignoring case, or -1. */
  private static int header(ByteBuffer in, int from, int to, String name) {
    byte[] a = in.array();
    int offset = in.arrayOffset();
    for (int i = from; i <= to - name.length(); i++) {
      int j = 0;
      while (j < name.length() && Character.toLowerCase((char) a[offset + i + j]) == name.charAt(j)) {
        j++;
      }
      if (j == name.length()) {
        return i;
      }
    }
    return -1;
  }

  /** The number written at {@code at} after any spaces, in the given radix; stops at the first other character. */
  private static long number(ByteBuffer in, int at, int radix) {
    byte[] a = in.array();
    int i = in.arrayOffset() + at;
    while (a[i] == ' ') {
      i++;
    }
    long n = 0;
    int digit;
    while (i < in.arrayOffset() + in.limit() && (digit = Character.digit((char) a[i], radix)) >= 0) {
      n = n * radix + digit;
      i++;
    }
    return n;
  }

  /** The position after the last chunk and its trailer, or -1 while incomplete. */
  private static int chunkedEnd(ByteBuffer in, int from) {
    int at = from;
    while (true) {
      int lineEnd = indexOf(in, at, "\r\n");
      if (lineEnd < 0) {
        return -1;
      }
      long size = number(in, at, 16);
      if (size == 0) {
        int trailerEnd = indexOf(in, lineEnd, "\r\n\r\n");
        return trailerEnd < 0 ? -1 : trailerEnd + 4;
      }
      at = lineEnd + 2 + (int) size + 2;
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
