package dev.labelsdk.mock.refonte;

import dev.labelsdk.mock.common.MockClock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;

/** An engine on a fixed mock clock, callbacks answered 200, no rate limit unless a test sets one. */
abstract class EngineFixture {

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  final MockClock clock = new MockClock(InstantSource.fixed(START));
  RefonteEngine engine = engine(RefonteConfig.builder());

  RefonteEngine engine(RefonteConfig.Builder config) {
    return new RefonteEngine(config.rateLimit(RateLimit.UNLIMITED).build(), clock,
        (url, headers, body, timeout) -> CompletableFuture.completedFuture(200));
  }

  /** Replaces the engine with one built from {@code config} (its rate limit is kept). */
  void reconfigure(RefonteConfig.Builder config) {
    engine.close();
    engine = new RefonteEngine(config.build(), clock,
        (url, headers, body, timeout) -> CompletableFuture.completedFuture(200));
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  Caller caller(String key) {
    return engine.authenticate(key);
  }
}
