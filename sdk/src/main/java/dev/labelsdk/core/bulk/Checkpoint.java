package dev.labelsdk.core.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checkpoint file of a bulk submission: its run id, then one line per item created or
 * found to exist ({@code status TAB identity TAB id TAB .}), appended and flushed as each
 * item ends, and {@code rate R} lines with the pace the run's limiter learned (after each
 * cut and at the end), which a rerun starts from instead of finding the limit again. A line cut short by a crash lacks the final {@code .} and is ignored (that item
 * is sent again, and its identity makes that harmless). Not thread-safe: the runner writes
 * under its lock.
 */
final class Checkpoint implements AutoCloseable {

  private static final String HEADER = "# labelsdk bulk checkpoint";
  private static final String RUN = "run ";
  private static final String RATE = "rate ";

  private final Map<String, String> done;
  private final String runId;
  private final BufferedWriter out;
  private final double learnedRate;

  private Checkpoint(String runId, Map<String, String> done, BufferedWriter out,
      double learnedRate) {
    this.runId = runId;
    this.done = done;
    this.out = out;
    this.learnedRate = learnedRate;
  }

  /**
   * Opens {@code file}, creating it for {@code options}' run id or resuming the run it
   * records.
   *
   * @throws IllegalArgumentException if the file records another run than a run id given
   *     explicitly in {@code options}
   */
  static Checkpoint open(Path file, BulkOptions options) {
    try {
      Map<String, String> done = new HashMap<>();
      String runId = null;
      double rate = Double.NaN;
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
          if (line.startsWith(RUN)) {
            runId = line.substring(RUN.length()).strip();
          } else if (line.startsWith(RATE)) {
            rate = parseRate(line.substring(RATE.length()).strip());
          } else if (!line.startsWith("#")) {
            String[] f = line.split("\t", -1);
            if (f.length == 4 && f[3].equals(".")) {
              done.put(URLDecoder.decode(f[1], StandardCharsets.UTF_8), f[2]);
            }
          }
        }
      }
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
      return new Checkpoint(runId, done, out, rate);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the checkpoint " + file, e);
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
    return Optional.ofNullable(done.get(identity));
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
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
