package dev.labelsdk.mock.server;

import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.wire.ErrorEnvelope;
import dev.labelsdk.mock.state.MockState;

/**
 * {@code GET /__admin/labelsdk/snapshot}: the whole mock's state as one versioned document;
 * {@code POST} the same document back to restore it exactly (a bad one is a 400 and changes
 * nothing).
 */
final class SnapshotHttpApi {

  static final String PATH = "/__admin/labelsdk/snapshot";

  /**
   * The largest document {@code POST} takes: 1 GiB (more than a million tasks at 593 B each),
   * or a quarter of the heap if that is less, so that a document held while it is restored
   * cannot exhaust the heap. Only local callers reach it (the control plane's Host and Origin
   * checks).
   */
  static final long MAX_DOCUMENT_BYTES = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);

  private final MockState state;

  SnapshotHttpApi(MockState state) {
    this.state = state;
  }

  static boolean handles(ApiRequest r) {
    return r.normalisedPath().equals(PATH);
  }

  ApiResponse handle(ApiRequest r) {
    switch (r.method()) {
      case "GET":
        return ApiResponse.json(200, state.snapshot());
      case "POST":
        try {
          state.restore(r.body());
        } catch (IllegalArgumentException e) {
          return ErrorEnvelope.of(400, e.getMessage());
        }
        return ApiResponse.json(200, "{\"restored\":true}");
      default:
        return ErrorEnvelope.of(405, "Use GET " + PATH + " to save the state, POST to restore it.")
            .withHeader("Allow", "GET, POST");
    }
  }
}
