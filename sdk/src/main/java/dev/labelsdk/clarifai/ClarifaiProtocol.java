package dev.labelsdk.clarifai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What Clarifai answers mean: the envelope's {@code status.code} tells success from failure
 * (the HTTP status only when the body is not an envelope), failures map to exceptions by
 * {@link ErrorMapping}, and retries carry {@code X-Retry-Count}.
 */
final class ClarifaiProtocol implements CallExecutor.Protocol {

  /** Sent on retries: 1 on the first retry, 2 on the second... (spec §12). */
  static final String RETRY_COUNT_HEADER = "X-Retry-Count";

  private final Clock clock;

  /** @param clock reads {@code Retry-After} dates */
  ClarifaiProtocol(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ApiException connectionFailure(Request request, IOException cause) {
    return new ConnectionException(request.method() + " " + request.url(), cause);
  }

  @Override
  public void addRetryHeaders(Map<String, String> headers, int retry) {
    headers.put(RETRY_COUNT_HEADER, Integer.toString(retry));
  }

  /**
   * Tries the decoder first when it reads the envelope itself (the fast path for successes);
   * anything else, and any failure of that decoder, goes through the tree: error answers map to
   * exceptions, and a success that does not decode is a {@link MalformedResponseException}.
   */
  @Override
  public <T> T read(Response response, byte[] body, Decoder<T> decoder) {
    Exception failure = null;
    if (decoder instanceof Responses.Envelope) {
      try {
        return decoder.decode(body);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
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
    if (failure == null) {
      try {
        return decoder.decode(body);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
    }
    String problem = failure instanceof JsonProcessingException j ? JsonSupport.problem(j)
        : failure.getMessage();
    throw new MalformedResponseException(http, problem, text(body), failure);
  }

  private Duration retryAfter(Response response) {
    return RetryAfter.parse(response.headers().get("Retry-After"), clock).orElse(null);
  }

  // The text is made only for errors: pages are large and this is the hot path.
  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
