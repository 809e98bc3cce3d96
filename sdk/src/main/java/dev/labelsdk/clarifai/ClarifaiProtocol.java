package dev.labelsdk.clarifai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Response;

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

  @Override
  public <T> T read(Response<ResponseBody> response, byte[] body,
      Function<JsonNode, T> decoder) {
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
