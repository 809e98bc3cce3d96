package dev.labelsdk.mock.refonte;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Sends one callback POST. The engine decides what to send and when; this only carries it. */
@FunctionalInterface
public interface CallbackSender {

  /**
   * Posts {@code body} to {@code url}; completes with the response status, or exceptionally on
   * a connection failure or when {@code timeout} passes. Redirects are not followed.
   */
  CompletableFuture<Integer> post(URI url, Map<String, String> headers, byte[] body, Duration timeout);
}
