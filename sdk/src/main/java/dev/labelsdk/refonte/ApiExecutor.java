package dev.labelsdk.refonte;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.RetryClassifier;
import dev.labelsdk.core.Retrier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one logical API call: merges the call's options over the client's, sends the request
 * (a fresh clone of the Retrofit call per attempt, so headers such as the Idempotency-Key are
 * identical on every attempt), maps answers to models or exceptions, and retries what is
 * safe to retry.
 */
@SuppressWarnings("deprecation") // the Refonte subclasses are still what the client throws
final class ApiExecutor {

  /** Lets a call turn a failure into a result, given the failures of its earlier attempts. */
  @FunctionalInterface
  interface Recovery<T> {
    Optional<T> recover(ApiException failure, List<RuntimeException> earlierFailures);
  }

  /** Retryable: connection failures, 408, 429 and 5xx. */
  static final RetryClassifier CLASSIFIER = new RetryClassifier() {
    @Override
    public boolean isRetryable(RuntimeException failure) {
      if (failure instanceof ConnectionException) {
        return true;
      }
      if (failure instanceof MalformedResponseException
          || !(failure instanceof ApiException)) {
        return false;
      }
      int status = ((ApiException) failure).httpStatus();
      return status == 408 || status == 429 || status >= 500;
    }

    @Override
    public Optional<Duration> retryAfter(RuntimeException failure) {
      return failure instanceof ApiException e ? e.retryAfter() : Optional.empty();
    }
  };

  private final Retrier retrier;
  private final Clock clock;
  private final RequestOptions defaults;
  private final AtomicBoolean closed;

  ApiExecutor(Retrier retrier, Clock clock, RequestOptions defaults, AtomicBoolean closed) {
    this.retrier = retrier;
    this.clock = clock;
    this.defaults = defaults;
    this.closed = closed;
  }

  /** The call's options over the client defaults. */
  RequestOptions merge(RequestOptions options) {
    return (options == null ? RequestOptions.none() : options).mergedOver(defaults);
  }

  /** A mutable copy of the extra headers of {@code merged}, for the Retrofit call. */
  static Map<String, String> headers(RequestOptions merged) {
    return new LinkedHashMap<>(merged.extraHeaders());
  }

  /** Runs a call that may be retried. */
  <T> T execute(Call<ResponseBody> call, RequestOptions merged, Function<JsonNode, T> decoder) {
    return execute(call, merged, true, decoder, (failure, earlier) -> Optional.empty());
  }

  /**
   * Runs {@code call}.
   *
   * @param retryable false for calls that must never be sent twice (audit)
   * @param decoder turns the JSON body into the result; throws IllegalArgumentException when
   *     the body does not have the documented shape
   */
  <T> T execute(Call<ResponseBody> call, RequestOptions merged, boolean retryable,
      Function<JsonNode, T> decoder, Recovery<T> recovery) {
    if (closed.get()) {
      throw new IllegalStateException("This RefonteClient is closed; create a new one");
    }
    Request request = call.request();
    String description = request.method() + " " + request.url().encodedPath();
    int maxRetries = retryable ? merged.maxRetries().orElse(0) : 0;
    return retrier.execute(description, maxRetries, CLASSIFIER, (attempt, earlier) -> {
      try {
        // The first attempt sends the call itself (its request is already built, above);
        // retries send fresh clones with identical headers.
        return once(attempt == 1 ? call : call.clone(), merged.timeout(), description, decoder);
      } catch (ApiException failure) {
        return recovery.recover(failure, earlier).orElseThrow(() -> failure);
      }
    });
  }

  private <T> T once(Call<ResponseBody> call, Optional<Duration> timeout, String description,
      Function<JsonNode, T> decoder) {
    timeout.ifPresent(t -> call.timeout().timeout(t.toNanos(), TimeUnit.NANOSECONDS));
    Response<ResponseBody> response;
    byte[] body;
    try {
      response = call.execute();
      ResponseBody responseBody = response.isSuccessful() ? response.body() : response.errorBody();
      body = responseBody == null ? new byte[0] : responseBody.bytes();
    } catch (IOException e) {
      throw new ConnectionException(description, e);
    }
    if (!response.isSuccessful()) {
      throw ErrorResponses.toException(response.code(), response.headers(), body, clock);
    }
    return decode(response, body, decoder);
  }

  private static <T> T decode(Response<ResponseBody> response, byte[] body,
      Function<JsonNode, T> decoder) {
    String requestId = response.headers().get(ErrorResponses.REQUEST_ID_HEADER);
    // The raw text is made only for an error: pages are large and this is the hot path.
    if (isBlank(body)) {
      throw new MalformedResponseException(response.code(), "the body is empty",
          new String(body, StandardCharsets.UTF_8), requestId, null);
    }
    JsonNode json;
    try {
      json = JsonSupport.parse(body);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(response.code(), "not JSON (" + e.getOriginalMessage()
          + ")", new String(body, StandardCharsets.UTF_8), requestId, e);
    }
    try {
      return decoder.apply(json);
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException(response.code(), e.getMessage(),
          new String(body, StandardCharsets.UTF_8), requestId, e);
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
