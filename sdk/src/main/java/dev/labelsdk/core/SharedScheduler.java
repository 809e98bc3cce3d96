package dev.labelsdk.core;

import java.util.concurrent.Executors;

/** Holds {@link Scheduler#shared()}, created on first use: one daemon thread. */
final class SharedScheduler {

  static final Scheduler INSTANCE = Scheduler.of(Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "labelsdk-scheduler");
    t.setDaemon(true);
    return t;
  }));

  private SharedScheduler() {}
}
