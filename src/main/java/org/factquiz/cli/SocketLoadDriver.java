package org.factquiz.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Drives many students from one thread over keep-alive HTTP/1.1 connections (one per student,
 * one request in flight each), so that the client costs the shared cores little. Two modes:
 * closed loop (each student sends its next request as soon as the last is answered: measures
 * saturated throughput) and open loop (each student sends at a fixed pace whether or not the
 * server keeps up, and latency counts from the moment a request was due, so a stalled server
 * shows in the figures instead of slowing the client down).
 */
final class SocketLoadDriver {
  /** What the students send and what happens with each answer. */
  interface Script {
    /** The student's next request, complete HTTP/1.1 bytes. */
    byte[] request(int student);

    /** The status of the response to the student's last request. */
    void answered(int student, int status);
  }

  /**
   * Figures of one run: latencies of the requests sent (closed loop) or due (open loop) in the
   * measured time, that time, the time until the last of them was answered, how many failed or
   * were never answered, and the CPU used from the start of the measured time until the last answer.
   */
  record Run(Latencies latencies, double seconds, double secondsToLastAnswer, int errors, int unanswered, CpuUse cpu) {
    /** Measured requests answered per second: over the measured time, or until the last answer when that came later. */
    double answeredPerSecond() {
      return (latencies.count() - unanswered) / Math.max(seconds, secondsToLastAnswer);
    }
  }

  private final InetSocketAddress server;
  private final int students;
  private final Script script;
  private final int expectedStatus;

  SocketLoadDriver(InetSocketAddress server, int students, Script script, int expectedStatus) {
    this.server = server;
    this.students = students;
    this.script = script;
    this.expectedStatus = expectedStatus;
  }

  /** Saturation: every student sends again as soon as it is answered; measured after the warm-up. */
  Run closedLoop(Duration warmUp, Duration measured) throws IOException {
    return drive(0, warmUp, measured);
  }

  /** A fixed offered rate shared by all students, each sending every {@code students / rate} seconds. */
  Run openLoop(double ratePerSecond, Duration warmUp, Duration measured) throws IOException {
    return drive((long) (students * 1e9 / ratePerSecond), warmUp, measured);
  }

  private Run drive(long periodNanos, Duration warmUp, Duration measured) throws IOException {
    Latencies latencies = new Latencies();
    long begin = System.nanoTime();
    long from = begin + warmUp.toNanos();
    long until = from + measured.toNanos();
    long[] due = new long[students];
    long[] sentFor = new long[students];
    boolean[] busy = new boolean[students];
    Connection[] connections = new Connection[students];
    int errors = 0;
    int inFlight = 0;
    CpuUse atFrom = null;
    CpuUse atUntil = null;
    long lastDone = 0;
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < students; i++) {
        connections[i] = connect(selector, i);
        due[i] = begin + (periodNanos == 0 ? 0 : periodNanos * i / students);
      }
      long drainLimit = until + Duration.ofSeconds(30).toNanos();
      while (true) {
        long now = System.nanoTime();
        if (atFrom == null && now >= from) {
          atFrom = CpuUse.now();
        }
        long nextDue = Long.MAX_VALUE;
        for (int i = 0; i < students; i++) {
          if (busy[i] || due[i] >= until) {
            continue;
          }
          if (due[i] <= now) {
            busy[i] = true;
            inFlight++;
            sentFor[i] = periodNanos == 0 ? now : due[i];
            due[i] = periodNanos == 0 ? Long.MAX_VALUE : due[i] + periodNanos;
            connections[i].send(script.request(i));
          } else {
            nextDue = Math.min(nextDue, due[i]);
          }
        }
        if (now >= until && inFlight == 0 || now > drainLimit) {
          atUntil = CpuUse.now();
          lastDone = Math.max(lastDone, until);
          break;
        }
        // Never spin: a request may leave up to a millisecond late, and that counts in its latency.
        long waitMillis = nextDue == Long.MAX_VALUE ? 10 : Math.max(1, (nextDue - now + 999_999) / 1_000_000);
        selector.select(Math.min(waitMillis, 10));
        for (SelectionKey key : selector.selectedKeys()) {
          Connection c = (Connection) key.attachment();
          int student = c.student;
          int status = c.ready();
          if (status == 0) {
            continue;
          }
          long done = System.nanoTime();
          busy[student] = false;
          inFlight--;
          if (periodNanos == 0) {
            due[student] = done;
          }
          if (sentFor[student] >= from && sentFor[student] < until) {
            lastDone = done;
            latencies.add(done - sentFor[student]);
            if (status != expectedStatus) {
              errors++;
            }
          }
          script.answered(student, status);
          if (c.closing()) {
            c.close();
            connections[student] = connect(selector, student);
          }
        }
        selector.selectedKeys().clear();
      }
      for (Connection c : connections) {
        c.close();
      }
    }
    return new Run(latencies, measured.toNanos() / 1e9, (lastDone - from) / 1e9, errors, inFlight, atUntil.minus(atFrom));
  }

  private Connection connect(Selector selector, int student) throws IOException {
    SocketChannel channel = SocketChannel.open(server);
    channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
    channel.configureBlocking(false);
    Connection c = new Connection(channel, student);
    c.key = channel.register(selector, SelectionKey.OP_READ, c);
    return c;
  }

  /** One student's connection: the bytes still to send and those received so far. */
  private static final class Connection {
    final SocketChannel channel;
    final int student;
    final ResponseParser parser = new ResponseParser();
    SelectionKey key;
    ByteBuffer out = ByteBuffer.allocate(0);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);

    Connection(SocketChannel channel, int student) {
      this.channel = channel;
      this.student = student;
    }

    void send(byte[] request) {
      out = ByteBuffer.wrap(request);
      flush();
    }

    /** Handles readiness; returns the status of a response now complete, or 0. */
    int ready() {
      if (key.isValid() && key.isWritable()) {
        flush();
      }
      if (!key.isValid() || !key.isReadable()) {
        return 0;
      }
      try {
        if (!in.hasRemaining()) {
          in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
        }
        if (channel.read(in) < 0) {
          throw new IOException("the server closed the connection of student " + student + " mid-request");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      in.flip();
      boolean complete = parser.parse(in);
      in.compact();
      return complete ? parser.status() : 0;
    }

    boolean closing() {
      return parser.closeAfter();
    }

    private void flush() {
      try {
        channel.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    void close() throws IOException {
      key.cancel();
      channel.close();
    }
  }
}
