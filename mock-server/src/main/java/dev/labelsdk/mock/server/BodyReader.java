package dev.labelsdk.mock.server;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads a request body without holding a thread while its bytes trickle in: it asks Jetty to
 * call back when more bytes arrive, so slow clients cost a connection each, never a worker.
 * A body past the limit is refused as soon as the limit is passed; a body that stops coming
 * is refused when the connection's idle timeout passes (408).
 */
final class BodyReader implements Runnable, Invocable {

  /** Where the outcome goes: exactly one of the two is called. */
  interface Outcome {
    void read(byte[] body);

    void refused(RefusedRequest why);
  }

  private static final int INITIAL_BUFFER_BYTES = 1 << 20;

  private final Request request;
  private final long limit;
  private final Outcome outcome;
  private final long declared;
  private byte[] buffer;
  private int size;

  private BodyReader(Request request, long limit, Outcome outcome) {
    this.request = request;
    this.limit = limit;
    this.outcome = outcome;
    this.declared = request.getLength();
    // Grown as bytes arrive: a large Content-Length alone reserves no more than this.
    this.buffer = new byte[declared > 0 ? (int) Math.min(declared, INITIAL_BUFFER_BYTES) : 1024];
  }

  /** Starts reading; {@code outcome} is called on this thread or on a later one. */
  static void read(Request request, long limit, Outcome outcome) {
    new BodyReader(request, limit, outcome).run();
  }

  /** Copying the bytes that arrived never blocks: Jetty may call it on its selector thread. */
  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }

  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        outcome.refused(refusal(chunk.getFailure()));
        return;
      }
      ByteBuffer bytes = chunk.getByteBuffer();
      int n = bytes.remaining();
      if (size + (long) n > limit) {
        chunk.release();
        outcome.refused(new RefusedRequest(400, tooLarge(limit)));
        return;
      }
      if (size + n > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(size + n, buffer.length * 2L)));
      }
      bytes.get(buffer, size, n);
      size += n;
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        outcome.read(size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size));
        return;
      }
    }
  }

  static String tooLarge(long limit) {
    return tooLarge(limit, "");
  }

  /** The refusal of a body over {@code limit}; {@code when} says at which step, if any. */
  static String tooLarge(long limit, String when) {
    return "The request body is larger than " + limit + " bytes (" + (limit >> 20) + " MiB)"
        + when + ".";
  }

  private RefusedRequest refusal(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return new RefusedRequest(408, "The request body stopped arriving: " + received()
          + " before the connection's idle timeout. Send the whole body, or fix Content-Length.");
    }
    if (failure instanceof HttpException http && http.getCode() != 500) {
      String reason = http.getReason() == null ? "malformed" : http.getReason();
      return new RefusedRequest(http.getCode() >= 500 ? 400 : http.getCode(),
          "The request body could not be read (" + reason + "): check its chunked encoding.");
    }
    return new RefusedRequest(400, "The request body ended early: " + received()
        + ". Send the whole body, or fix Content-Length or the chunked encoding.");
  }

  private String received() {
    return declared >= 0
        ? size + " of the " + declared + " bytes that Content-Length announced arrived"
        : size + " bytes arrived";
  }
}
