package dev.labelsdk.clarifai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.Retrier;
import dev.labelsdk.core.RetryAfter;
import dev.labelsdk.core.RetryClassifier;
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
 * Runs one logical API call: makes a fresh Retrofit call per attempt (retries carry
 * {@code X-Retry-Count}), reads the envelope's {@code status.code} to tell success from
 * failure, maps failures to exceptions and retries what spec §12 allows for the call.
 */
final class ClarifaiExecutor {

  /** Sent on retries: 1 on the first retry, 2 on the second... (spec §12). */
  static final String RETRY_COUNT_HEADER = "X-Retry-Count";

  /** How safe a call is to send twice; decides which failures are retried. */
  enum Safety {
    /**
     * GET, PUT, DELETE, PATCH overwrite and status changes, and POSTs whose every created
     * object has a client-set id (a repeat cannot duplicate them): every transient failure.
     */
    IDEMPOTENT,
    /** PATCH merge or remove: throttling, 10030, HTTP 502/503/504 and connection failures. */
    NOT_IDEMPOTENT,
    /**
     * POSTs that create objects without client ids: only failures that prove the request had
     * no effect (throttling, 10030); anything else could have created them already.
     */
    CREATES_WITHOUT_IDS
  }

  /** Makes the call of one attempt, with that attempt's extra headers. */
  @FunctionalInterface
  interface CallFactory {
    Call<ResponseBody> create(Map<String, String> headers);
  }

  /** Lets a call turn a failure into a result, given the failures of its earlier attempts. */
  @FunctionalInterface
  interface Recovery<T> {
    Optional<T> recover(ApiException failure, List<RuntimeException> earlierFailures);
  }

  private final Retrier retrier;
  private final Clock clock;
  private final RequestOptions defaults;
  private final AtomicBoolean closed;

  ClarifaiExecutor(Retrier retrier, Clock clock, RequestOptions defaults, AtomicBoolean closed) {
    this.retrier = retrier;
    this.clock = clock;
    this.defaults = defaults;
    this.closed = closed;
  }

  /** The same executor with {@code options} merged over its defaults. */
  ClarifaiExecutor withOptions(RequestOptions options) {
    return new ClarifaiExecutor(retrier, clock, options.mergedOver(defaults), closed);
  }

  /** The Clarifai status code of a failure; 0 when it has none. */
  static int code(RuntimeException failure) {
    return failure instanceof ClarifaiError clarifai ? clarifai.code() : 0;
  }

  static boolean isRetryable(RuntimeException failure, Safety safety) {
    if (failure instanceof RateLimitException limit) {
      // Throttled requests had no effect; a monthly limit does not lift by waiting.
      return limit.code() != StatusCode.CONN_EXCEED_MONTHLY_LIMIT.number();
    }
    if (!(failure instanceof ApiException e) || e instanceof MalformedResponseException) {
      return false;
    }
    if (code(e) == StatusCode.TRY_AGAIN.number()) {
      return true;
    }
    if (safety == Safety.CREATES_WITHOUT_IDS) {
      return false;
    }
    int http = e.httpStatus();
    if (e instanceof ConnectionException || http == 502 || http == 503 || http == 504) {
      return true;
    }
    return safety == Safety.IDEMPOTENT && e instanceof ServerException;
  }

  /**
   * True when the failed attempt may have been carried out (the answer was lost or the server
   * failed midway), so that a retry can meet the effect of that attempt: a duplicate id, or an
   * object already deleted.
   */
  static boolean mayHaveCommitted(RuntimeException failure) {
    return failure instanceof ConnectionException
        || (failure instanceof ServerException e && e.code() != StatusCode.TRY_AGAIN.number());
  }

  /**
   * Recovery for deletes: a retry that finds the object gone after an attempt whose answer was
   * lost means that attempt deleted it.
   */
  static Optional<Status> alreadyDone(ApiException failure,
      List<RuntimeException> earlier) {
    return failure instanceof NotFoundException
        && earlier.stream().anyMatch(ClarifaiExecutor::mayHaveCommitted)
        ? Optional.of(Status.of(StatusCode.SUCCESS)) : Optional.empty();
  }

  private static RetryClassifier classifier(Safety safety) {
    return new RetryClassifier() {
      @Override
      public boolean isRetryable(RuntimeException failure) {
        return ClarifaiExecutor.isRetryable(failure, safety);
      }

      @Override
      public Optional<Duration> retryAfter(RuntimeException failure) {
        return failure instanceof ApiException e ? e.retryAfter() : Optional.empty();
      }
    };
  }

  /** Runs a call without recovery. */
  <T> T execute(String rpc, Safety safety, CallFactory calls, Function<JsonNode, T> decoder) {
    return execute(rpc, safety, calls, decoder, (failure, earlier) -> Optional.empty());
  }

  /**
   * Runs a call.
   *
   * @param rpc the API method, for log lines
   * @param decoder turns a successful answer into the result; throws IllegalArgumentException
   *     when the body does not have the documented shape
   */
  <T> T execute(String rpc, Safety safety, CallFactory calls, Function<JsonNode, T> decoder,
      Recovery<T> recovery) {
    if (closed.get()) {
      throw new IllegalStateException("This ClarifaiClient is closed; create a new one");
    }
    int maxRetries = defaults.maxRetries().orElse(0);
    return retrier.execute(rpc, maxRetries, classifier(safety), (attempt, earlier) -> {
      Map<String, String> headers = new LinkedHashMap<>(defaults.extraHeaders());
      if (attempt > 1) {
        headers.put(RETRY_COUNT_HEADER, Integer.toString(attempt - 1));
      }
      try {
        return once(calls.create(headers), decoder);
      } catch (ApiException failure) {
        return recovery.recover(failure, earlier).orElseThrow(() -> failure);
      }
    });
  }

  private <T> T once(Call<ResponseBody> call, Function<JsonNode, T> decoder) {
    defaults.timeout().ifPresent(t -> call.timeout().timeout(t.toNanos(), TimeUnit.NANOSECONDS));
    Response<ResponseBody> response;
    byte[] body;
    try {
      response = call.execute();
      ResponseBody responseBody = response.isSuccessful() ? response.body() : response.errorBody();
      body = responseBody == null ? new byte[0] : responseBody.bytes();
    } catch (IOException e) {
      Request request = call.request();
      throw new ConnectionException(request.method() + " " + request.url(), e);
    }
    int http = response.code();
    JsonNode json = null;
    JsonProcessingException parseError = null;
    try {
      json = body.length == 0 ? null : JsonSupport.parse(body);
    } catch (JsonProcessingException e) {
      parseError = e;
    }
    Status status = ErrorMapping.envelopeStatus(json);
    if (status == null) {
      if (response.isSuccessful()) {
        throw new MalformedResponseException(http, json == null ? "the body is not JSON"
            : "it has no \"status\"", text(body), parseError);
      }
      throw ErrorMapping.fromHttpStatus(http, null, text(body), retryAfter(response));
    }
    int code = status.code().number();
    if (code != StatusCode.SUCCESS.number() && code != StatusCode.MIXED_STATUS.number()) {
      throw ErrorMapping.fromStatus(http, status, text(body), retryAfter(response));
    }
    try {
      return decoder.apply(json);
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException(http, e.getMessage(), text(body), e);
    }
  }

  private Duration retryAfter(Response<?> response) {
    return RetryAfter.parse(response.headers().get("Retry-After"), clock).orElse(null);
  }

  // The text is made only for errors: pages are large and this is the hot path.
  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
