package dev.labelsdk.mock.server;

import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door's route table: which endpoint owns a path, by its leading segments
 * ({@code /v1}, {@code /v2}, {@code /__admin/refonte}, ...). Paths no endpoint owns belong to
 * WireMock: {@code /__admin/...} to its admin API, the rest to users' stubs.
 */
final class Routes {

  /** What owns a path; the control kinds get the control plane's access checks. */
  enum Kind { API, CONTROL, SHUTDOWN, WIREMOCK_ADMIN, WIREMOCK }

  /** Serves the requests of one route (an API, a control plane). */
  @FunctionalInterface
  interface Endpoint {
    ApiResponse handle(ApiRequest request);
  }

  /**
   * @param maxBodyBytes the largest body the route reads; {@link FrontDoor#MAX_BODY_BYTES}
   *     but for the snapshot route, whose document is the whole state
   */
  record Route(Kind kind, Endpoint endpoint, long maxBodyBytes) {
    Route(Kind kind, Endpoint endpoint) {
      this(kind, endpoint, FrontDoor.MAX_BODY_BYTES);
    }

    boolean isControl() {
      return kind == Kind.CONTROL || kind == Kind.SHUTDOWN || kind == Kind.WIREMOCK_ADMIN;
    }

    /**
     * API answers take microseconds (a fault's delay is scheduled, never slept): they are
     * computed where the request arrives. Control planes (a snapshot of a large store),
     * WireMock (its stubs' delays sleep) and shutdown go to a worker thread.
     */
    boolean needsWorker() {
      return kind != Kind.API;
    }
  }

  private record Entry(String first, String second, Route route) {}

  static final String ADMIN = "__admin";
  private static final Route WIREMOCK_ADMIN = new Route(Kind.WIREMOCK_ADMIN, null);
  private static final Route WIREMOCK = new Route(Kind.WIREMOCK, null);
  private static final Route SHUTDOWN = new Route(Kind.SHUTDOWN, null);

  private final List<Entry> entries = new ArrayList<>();

  /** An API under {@code /<segment>}, for example {@code v1}. */
  Routes api(String segment, Endpoint endpoint) {
    entries.add(new Entry(segment, null, new Route(Kind.API, endpoint)));
    return this;
  }

  /** A control plane under {@code /__admin/<segment>}. */
  Routes control(String segment, Endpoint endpoint) {
    return control(segment, endpoint, FrontDoor.MAX_BODY_BYTES);
  }

  /** A control plane whose requests may carry bodies of up to {@code maxBodyBytes}. */
  Routes control(String segment, Endpoint endpoint, long maxBodyBytes) {
    entries.add(new Entry(ADMIN, segment, new Route(Kind.CONTROL, endpoint, maxBodyBytes)));
    return this;
  }

  /** The route of a raw path (repeated slashes do not matter, as in the APIs' own parsing). */
  Route match(String rawPath) {
    int[] bounds = new int[4];
    int found = segments(rawPath, bounds);
    if (found == 0) {
      return WIREMOCK;
    }
    for (Entry e : entries) {
      if (!segmentIs(rawPath, bounds[0], bounds[1], e.first)) {
        continue;
      }
      if (e.second == null) {
        return e.route;
      }
      if (found == 2 && segmentIs(rawPath, bounds[2], bounds[3], e.second)) {
        return e.route;
      }
    }
    if (segmentIs(rawPath, bounds[0], bounds[1], ADMIN)) {
      return found == 2 && segmentIs(rawPath, bounds[2], bounds[3], "shutdown")
          && rawPath.indexOf('/', bounds[3]) < 0 ? SHUTDOWN : WIREMOCK_ADMIN;
    }
    return WIREMOCK;
  }

  /** Finds up to two leading non-empty segments; returns how many. */
  private static int segments(String path, int[] bounds) {
    int found = 0;
    int i = 0;
    int n = path.length();
    while (found < 2 && i < n) {
      while (i < n && path.charAt(i) == '/') {
        i++;
      }
      if (i == n) {
        break;
      }
      int end = path.indexOf('/', i);
      end = end < 0 ? n : end;
      bounds[found * 2] = i;
      bounds[found * 2 + 1] = end;
      found++;
      i = end;
    }
    return found;
  }

  private static boolean segmentIs(String path, int start, int end, String name) {
    return end - start == name.length() && path.startsWith(name, start);
  }
}
