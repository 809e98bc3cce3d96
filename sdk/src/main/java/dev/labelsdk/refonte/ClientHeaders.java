package dev.labelsdk.refonte;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the headers every request carries: preemptive Basic auth (the key as user name, empty
 * password; OkHttp's authenticator would only answer a challenge, costing a round trip),
 * the User-Agent and {@code Accept}.
 */
final class ClientHeaders implements Interceptor {

  private final String authorization;
  private final String userAgent;

  ClientHeaders(String apiKey, String userAgent) {
    this.authorization = Credentials.basic(apiKey, "", StandardCharsets.UTF_8);
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

  @Override
  public String toString() {
    return "ClientHeaders{userAgent=" + userAgent + '}';
  }
}
