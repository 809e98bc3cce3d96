package dev.labelsdk.clarifai;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the headers every request carries: {@code Authorization: Key <token>} (exactly
 * {@code Key}, one space, the token; spec §2.1), the User-Agent and {@code Accept}.
 */
final class KeyAuthorization implements Interceptor {

  private final String authorization;
  private final String userAgent;

  KeyAuthorization(String token, String userAgent) {
    this.authorization = "Key " + token;
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

  /** Never shows the token. */
  @Override
  public String toString() {
    return "KeyAuthorization{userAgent=" + userAgent + '}';
  }
}
