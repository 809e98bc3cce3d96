package dev.labelsdk.mock.clarifai.wire;

/** Waits for a fault's {@code delay_ms}; tests can pass one that only records the delay. */
@FunctionalInterface
public interface Sleeper {

  void sleep(long millis);

  /** Really sleeps (the server's default). */
  static Sleeper real() {
    return millis -> {
      if (millis <= 0) {
        return;
      }
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
