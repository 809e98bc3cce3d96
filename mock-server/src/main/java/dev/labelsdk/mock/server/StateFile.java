package dev.labelsdk.mock.server;

import dev.labelsdk.mock.state.MockState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A state file: read when the server starts, written atomically (a temporary file, synced,
 * then moved over the old one) every interval and when the server stops. A {@code kill -9}
 * loses at most the last interval; a crash mid-write leaves the previous file whole.
 */
final class StateFile {

  private final Path path;
  private final Duration interval;
  private final MockState state;
  private ScheduledExecutorService saver;

  StateFile(Path path, Duration interval, MockState state) {
    this.path = path.toAbsolutePath();
    this.interval = interval;
    this.state = state;
  }

  /** Loads the file if it exists (a bad one stops the start: better than a silent reset). */
  void load() {
    if (!Files.exists(path)) {
      return;
    }
    try (InputStream in = Files.newInputStream(path)) {
      state.restore(new java.io.BufferedInputStream(in, 1 << 16));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("cannot load the state file " + path + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state file " + path, e);
    }
  }

  void startSaving() {
    saver = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "labelsdk-state-file");
      t.setDaemon(true);
      return t;
    });
    long ms = interval.toMillis();
    saver.scheduleWithFixedDelay(this::saveQuietly, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Stops the periodic saves and saves once more. */
  void stop() {
    if (saver != null) {
      saver.shutdown();
      try {
        saver.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    save();
  }

  private void saveQuietly() {
    try {
      save();
    } catch (RuntimeException e) {
      System.err.println("labelsdk mock server: could not save " + path + ": " + e.getMessage());
    }
  }

  synchronized void save() {
    Path parent = path.getParent();
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
          OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        state.snapshot(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state file " + path, e);
    }
  }
}
