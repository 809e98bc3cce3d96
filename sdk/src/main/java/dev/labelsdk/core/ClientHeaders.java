package dev.labelsdk.core;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the headers every request of a client carries: its {@code Authorization} value, the
 * User-Agent and {@code Accept}. Authorization is sent up front: OkHttp's authenticator would
 * only answer a challenge, costing a round trip.
 */
final class ClientHeaders implements Interceptor {

  private final String authorization;
  private final String userAgent;

  ClientHeaders(String authorization, String userAgent) {
    this.authorization = authorization;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .build());
  }

  /** Never shows the credentials. */
  @Override
  public String toString() {
    return "ClientHeaders{userAgent=" + userAgent + '}';
  }
}
