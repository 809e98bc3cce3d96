package dev.labelsdk.core.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The checkpoint file of a bulk submission: its run id, then one line per item created or
 * found to exist ({@code status TAB identity TAB id TAB .}), appended and flushed as each
 * item ends, and {@code rate R} lines with the pace the run's limiter learned (after each
 * cut and at the end), which a rerun starts from instead of finding the limit again. A line
 * cut short by a crash lacks the final {@code .} and is ignored (that item is sent again, and
 * its identity makes that harmless). A resumed run holds no line in memory: a
 * {@link CheckpointIndex} points into the file. Not thread-safe: the runner writes under its
 * lock.
 */
final class Checkpoint implements AutoCloseable {

  private static final String HEADER = "# labelsdk bulk checkpoint";
  private static final String RUN = "run ";
  private static final String RATE = "rate ";

  /** Reads lines back: the index confirms each match against its line. */
  private final FileChannel lines;
  private final CheckpointIndex done;
  private final String runId;
  private final BufferedWriter out;
  private final double learnedRate;

  private Checkpoint(String runId, FileChannel lines, CheckpointIndex done, BufferedWriter out,
      double learnedRate) {
    this.runId = runId;
    this.lines = lines;
    this.done = done;
    this.out = out;
    this.learnedRate = learnedRate;
  }

  /**
   * Opens {@code file}, creating it for {@code options}' run id or resuming the run it
   * records. The finished items are indexed by line offset, not held as strings: two passes
   * over the file (count the lines, then index them), each a buffer at a time.
   *
   * @throws IllegalArgumentException if the file records another run than a run id given
   *     explicitly in {@code options}
   */
  static Checkpoint open(Path file, BulkOptions options) {
    FileChannel lines = null;
    try {
      Contents contents = new Contents(new CheckpointIndex(0, offset -> null));
      if (Files.exists(file)) {
        lines = FileChannel.open(file, StandardOpenOption.READ);
        contents = read(lines);
      }
      String runId = contents.runId;
      if (runId != null && options.runIdGiven() && !runId.equals(options.runId())) {
        throw new IllegalArgumentException("The checkpoint " + file + " belongs to run " + runId
            + ", not " + options.runId() + "; use another file or the same run id");
      }
      boolean fresh = runId == null;
      if (fresh) {
        runId = options.runId();
      }
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      if (fresh) {
        out.write(HEADER + "\n" + RUN + runId + "\n");
        out.flush();
      }
      return new Checkpoint(runId, lines, contents.done, out, contents.rate);
    } catch (IOException e) {
      closeQuietly(lines);
      throw new UncheckedIOException("Cannot open the checkpoint " + file, e);
    } catch (RuntimeException e) {
      closeQuietly(lines);
      throw e;
    }
  }

  /** What a checkpoint file records: its run, its last rate and its finished items. */
  private static final class Contents implements LineHandler {
    final CheckpointIndex done;
    String runId;
    double rate = Double.NaN;

    Contents(CheckpointIndex done) {
      this.done = done;
    }

    @Override
    public void line(long offset, String line) {
      if (line.startsWith(RUN)) {
        runId = line.substring(RUN.length()).strip();
      } else if (line.startsWith(RATE)) {
        rate = parseRate(line.substring(RATE.length()).strip());
      } else {
        CheckpointIndex.Entry entry = entry(line);
        if (entry != null) {
          done.put(entry.identity(), offset);
        }
      }
    }
  }

  /** Reads the file of {@code channel}: counts its lines, then indexes them. */
  private static Contents read(FileChannel channel) throws IOException {
    long length = channel.size(); // lines appended later are this run's own
    long[] count = {0};
    forEachLine(channel, length, (offset, line) -> count[0]++);
    LineWindow window = new LineWindow(channel);
    Contents contents = new Contents(new CheckpointIndex(count[0], window::entryAt));
    forEachLine(channel, length, contents);
    return contents;
  }

  /** A finished item's line ({@code status TAB identity TAB id TAB .}), or null. */
  private static CheckpointIndex.Entry entry(String line) {
    if (line.startsWith("#") || line.startsWith(RUN) || line.startsWith(RATE)) {
      return null;
    }
    String[] f = line.split("\t", -1);
    return f.length == 4 && f[3].equals(".")
        ? new CheckpointIndex.Entry(URLDecoder.decode(f[1], StandardCharsets.UTF_8), f[2])
        : null;
  }

  /**
   * Reads lines back by offset through a window of the file (64 KiB, larger only for a longer
   * line): a resumed run mostly meets its items in the order the first run finished them, so
   * most lookups are served from the window and one read serves about a thousand lines.
   */
  private static final class LineWindow {
    private final FileChannel channel;
    private byte[] bytes = new byte[1 << 16];
    /** The file offset of {@code bytes[0]}, and how many bytes hold the file from there. */
    private long start;
    private int length;

    LineWindow(FileChannel channel) {
      this.channel = channel;
    }

    /** The entry of the line at {@code offset} (null if it is not one). */
    CheckpointIndex.Entry entryAt(long offset) {
      try {
        int from = (int) (offset - start);
        int end = offset >= start && offset < start + length ? lineEnd(from) : -1;
        if (end < 0) {
          fill(offset);
          from = 0;
          end = lineEnd(0);
          while (end < 0 && length == bytes.length) { // a line longer than the window
            bytes = new byte[bytes.length * 2];
            fill(offset);
            end = lineEnd(0);
          }
          end = end < 0 ? length : end; // the file's last line
        }
        return entry(text(bytes, from, end));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the checkpoint", e);
      }
    }

    /** The index of the line break ending the line at {@code from}, or -1. */
    private int lineEnd(int from) {
      for (int i = from; i < length; i++) {
        if (bytes[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    private void fill(long offset) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
        // until the window is full or the file ends
      }
      start = offset;
      length = buffer.position();
    }
  }

  /** Receives each line of a file with the offset it starts at. */
  private interface LineHandler {
    void line(long offset, String line);
  }

  /**
   * Calls {@code handler} for each line of the first {@code length} bytes of {@code channel}
   * (a last line without its line break included, as a torn line that {@link #entry} drops).
   */
  private static void forEachLine(FileChannel channel, long length, LineHandler handler)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    byte[] line = new byte[256];
    int lineLength = 0;
    long lineStart = 0;
    long position = 0;
    while (position < length) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), length - position));
      int read = channel.read(buffer, position);
      if (read <= 0) {
        break;
      }
      byte[] bytes = buffer.array();
      int from = 0;
      for (int i = 0; i < read; i++) {
        if (bytes[i] == '\n') {
          line = append(line, lineLength, bytes, from, i - from);
          handler.line(lineStart, text(line, lineLength + i - from));
          lineLength = 0;
          from = i + 1;
          lineStart = position + i + 1;
        }
      }
      line = append(line, lineLength, bytes, from, read - from);
      lineLength += read - from;
      position += read;
    }
    if (lineLength > 0) {
      handler.line(lineStart, text(line, lineLength));
    }
  }

  private static byte[] append(byte[] line, int length, byte[] bytes, int from, int count) {
    byte[] target = length + count <= line.length ? line
        : java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    System.arraycopy(bytes, from, target, length, count);
    return target;
  }

  /** The first {@code length} bytes as a line: UTF-8, without a trailing CR. */
  private static String text(byte[] bytes, int length) {
    return text(bytes, 0, length);
  }

  /** Bytes {@code from} to {@code to} as a line: UTF-8, without a trailing CR. */
  private static String text(byte[] bytes, int from, int to) {
    int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
    return new String(bytes, from, end - from, StandardCharsets.UTF_8);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  String runId() {
    return runId;
  }

  /** The last rate an earlier run of this file recorded, if any. */
  Optional<Double> learnedRate() {
    return Double.isNaN(learnedRate) ? Optional.empty() : Optional.of(learnedRate);
  }

  /** Records the limiter's pace (a finite, positive rate) for a rerun to start from. */
  void recordRate(double rate) {
    if (!(rate > 0) || Double.isInfinite(rate)) {
      return;
    }
    try {
      out.write(RATE + rate + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the checkpoint", e);
    }
  }

  private static double parseRate(String text) {
    try {
      double rate = Double.parseDouble(text);
      return rate > 0 && !Double.isInfinite(rate) ? rate : Double.NaN;
    } catch (NumberFormatException torn) {
      return Double.NaN; // a line cut short by a crash
    }
  }

  /** The id recorded for {@code identity} ("" when none was known), if recorded. */
  Optional<String> recorded(String identity) {
    CheckpointIndex.Entry entry = done.get(identity);
    return entry == null ? Optional.empty() : Optional.of(entry.id());
  }

  void record(BulkOutcome<?> outcome) {
    if (outcome.status() == BulkOutcome.Status.FAILED) {
      return; // a failed item is tried again by the next run
    }
    try {
      out.write(outcome.status() + "\t" + URLEncoder.encode(outcome.identity(),
          StandardCharsets.UTF_8) + "\t" + outcome.id().orElse("") + "\t.\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the checkpoint", e);
    }
  }

  @Override
  public void close() {
    try (FileChannel reader = lines) {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
