package dev.labelsdk.core;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The headers every request of a client carries: its {@code Authorization} value, the
 * User-Agent and {@code Accept}. Authorization is sent up front: OkHttp's authenticator would
 * only answer a challenge, costing a round trip.
 *
 * <p>The application interceptors of an OkHttp client given to the builder (a logging one, say)
 * must never see the key, so the headers are set after them: by this interceptor, added last,
 * when that client has any; otherwise by {@link Endpoints} as it builds each request, which
 * spares every call a copy of its request and a step of the chain (BENCHMARKS.md §3).
 */
final class ClientHeaders implements Interceptor {

  private final String authorization;
  private final String userAgent;

  ClientHeaders(String authorization, String userAgent) {
    this.authorization = authorization;
    this.userAgent = userAgent;
  }

  /** Sets the three headers on {@code request}, over any earlier value of the same name. */
  Request.Builder addTo(Request.Builder request) {
    return request
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(addTo(chain.request().newBuilder()).build());
  }

  /** Never shows the credentials. */
  @Override
  public String toString() {
    return "ClientHeaders{userAgent=" + userAgent + '}';
  }
}
