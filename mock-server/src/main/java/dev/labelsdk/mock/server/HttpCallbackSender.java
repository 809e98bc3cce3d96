package dev.labelsdk.mock.server;

import dev.labelsdk.mock.refonte.CallbackSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends callbacks with the JDK HTTP client; redirects are not followed. The client is made on
 * the first callback: building it initialises TLS, which would slow every server start.
 */
final class HttpCallbackSender implements CallbackSender {

  private final Lazy<HttpClient> client = new Lazy<>(() -> HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build());

  @Override
  public CompletableFuture<Integer> post(
      URI url, Map<String, String> headers, byte[] body, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).timeout(timeout).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return client.get()
        .sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }
}
