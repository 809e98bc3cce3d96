package dev.labelsdk.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sends exactly the bytes given (no client library fixes them up) and reads one answer. */
final class RawClient {

  /** The status and body of an answer. */
  record Answer(int status, String head, String body) {}

  private final int port;

  RawClient(int port) {
    this.port = port;
  }

  Answer send(String method, String target, String headers, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream req = new ByteArrayOutputStream();
      req.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
      req.write(target.getBytes(StandardCharsets.UTF_8)); // may carry raw non-ASCII on purpose
      req.write((" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
          + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        req.write(body);
      }
      socket.getOutputStream().write(req.toByteArray());
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target, e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the answer's head ended: " + head);
      }
      head.write(b);
    }
    String headText = head.toString(StandardCharsets.ISO_8859_1).trim();
    int length = -1;
    for (String line : headText.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
    return new Answer(Integer.parseInt(headText.substring(9, 12)), headText,
        new String(body, StandardCharsets.UTF_8));
  }
}
