package org.factquiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The benchmark's one-thread HTTP client: response framing, and both loops against a small local server. */
class SocketLoadDriverTest {
  @Nested
  class Parser {
    private final ResponseParser parser = new ResponseParser();

    @Test
    void readsAResponseFramedByContentLengthOnlyOnceItIsComplete() {
      ByteBuffer in = bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel");
      assertFalse(parser.parse(in));
      assertEquals(0, in.position(), "an incomplete response is left where it was");
      in = bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1");
      assertTrue(parser.parse(in));
      assertEquals(200, parser.status());
      assertEquals("HTTP/1.1", StandardCharsets.ISO_8859_1.decode(in).toString(), "the next response stays");
    }

    @Test
    void readsChunkedBodiesAndNoticesAClosingConnection() {
      String chunked = "HTTP/1.1 409 Conflict\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
          + "4\r\nabcd\r\n3;x=y\r\nefg\r\n0\r\n\r\n";
      assertFalse(parser.parse(bytes(chunked.substring(0, chunked.length() - 2))));
      assertTrue(parser.parse(bytes(chunked)));
      assertEquals(409, parser.status());
      assertTrue(parser.closeAfter());
    }

    @Test
    void readsABodilessNoContent() {
      assertTrue(parser.parse(bytes("HTTP/1.1 204 No Content\r\nX-A: b\r\n\r\n")));
      assertEquals(204, parser.status());
      assertFalse(parser.closeAfter());
    }

    private ByteBuffer bytes(String s) {
      return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void bothLoopsCountEveryAnswerAndReportTheStatuses() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger served = new AtomicInteger();
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      int n = served.incrementAndGet();
      byte[] body = ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(n % 10 == 0 ? 409 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      AtomicInteger answered = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      String host = "127.0.0.1:" + server.getAddress().getPort();
      SocketLoadDriver.Script script = new SocketLoadDriver.Script() {
        @Override
        public byte[] request(int student) {
          return AnswerScript.request(host, "PUT", "/answer/" + student, "token", "{\"text\":\"x\"}");
        }

        @Override
        public void answered(int student, int status) {
          answered.incrementAndGet();
          conflicts.addAndGet(status == 409 ? 1 : 0);
        }
      };
      SocketLoadDriver driver = new SocketLoadDriver(server.getAddress(), 3, script, 200);
      SocketLoadDriver.Run closed = driver.closedLoop(Duration.ZERO, Duration.ofMillis(500));
      assertTrue(closed.latencies().count() > 0);
      assertEquals(0, closed.unanswered());
      assertEquals(served.get(), answered.get(), "every response reached the script");
      assertEquals(conflicts.get(), closed.errors(), "each 409 counted as an error");

      SocketLoadDriver.Run open = driver.openLoop(40, Duration.ZERO, Duration.ofMillis(500));
      assertEquals(20, open.latencies().count(), "40/s for half a second: 20 requests due, each answered");
      assertEquals(0, open.unanswered());
    } finally {
      server.stop(0);
    }
  }
}
