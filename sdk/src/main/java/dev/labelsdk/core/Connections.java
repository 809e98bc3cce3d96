package dev.labelsdk.core;

import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;

/**
 * The HTTP connections of a built client and whether it is closed: what its {@code close()}
 * releases, shared with its {@code withOptions} views, whose own {@code close()} does nothing.
 * The same for both clients. Internal to the SDK.
 */
public final class Connections {

  private final OkHttpClient http;
  private final boolean owned;
  private final boolean view;
  private final AtomicBoolean closed;

  private Connections(OkHttpClient http, boolean owned, boolean view, AtomicBoolean closed) {
    this.http = http;
    this.owned = owned;
    this.view = view;
    this.closed = closed;
  }

  /**
   * The connections of a new client.
   *
   * @param http the client's OkHttp client
   * @param owned whether the builder created it (then {@link #close()} releases it)
   * @return open connections
   */
  public static Connections of(OkHttpClient http, boolean owned) {
    return new Connections(http, owned, false, new AtomicBoolean());
  }

  /**
   * The same connections, for a view of the client: closing the view does nothing.
   *
   * @return the view's connections
   */
  public Connections view() {
    return new Connections(http, owned, true, closed);
  }

  /**
   * The flag {@link #close()} sets, which the client's calls check.
   *
   * @return the flag
   */
  public AtomicBoolean closedFlag() {
    return closed;
  }

  /**
   * Marks the client closed and releases the connections and threads of an OkHttp client the
   * builder created (one passed in is left alone). Idempotent; on a view, does nothing.
   */
  public void close() {
    if (!view && closed.compareAndSet(false, true) && owned) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
