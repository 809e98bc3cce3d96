package dev.labelsdk.mock.refonte;

/**
 * The task-creation limit of spec §7: a token bucket per tenant holding {@code burst} tokens,
 * refilled at {@code perSecond} tokens a second on the mock clock. A rate of 0 disables it.
 */
public record RateLimit(double perSecond, int burst) {

  public static final RateLimit DEFAULT = new RateLimit(30, 30);
  public static final RateLimit UNLIMITED = new RateLimit(0, 0);

  public RateLimit {
    if (perSecond < 0 || burst < 0 || (perSecond > 0 && burst < 1)) {
      throw new IllegalArgumentException(
          "taskCreatePerSecond must be >= 0 and burst >= 1 (or both 0 to disable the limit)");
    }
  }

  public boolean disabled() {
    return perSecond == 0;
  }
}
