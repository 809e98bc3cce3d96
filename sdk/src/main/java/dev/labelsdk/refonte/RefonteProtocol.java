package dev.labelsdk.refonte;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RetryClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What Refonte answers mean: the HTTP status tells success from failure, error answers map
 * to exceptions by status ({@link ErrorResponses}), and a success must carry the documented
 * JSON.
 */
@SuppressWarnings("deprecation") // the Refonte subclasses are still what the client throws
final class RefonteProtocol implements CallExecutor.Protocol {

  /** Retryable: connection failures, 408, 429 and 5xx. */
  static final RetryClassifier RETRYABLE = failure -> {
    if (failure instanceof ConnectionException) {
      return true;
    }
    if (!(failure instanceof ApiException e) || failure instanceof MalformedResponseException) {
      return false;
    }
    int status = e.httpStatus();
    return status == 408 || status == 429 || status >= 500;
  };

  private final Clock clock;

  /** @param clock reads {@code Retry-After} dates */
  RefonteProtocol(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ApiException connectionFailure(Request request, IOException cause) {
    return new ConnectionException(request.method() + " " + request.url().encodedPath(), cause);
  }

  @Override
  public <T> T read(Response response, byte[] body,
      Decoder<T> decoder) {
    if (!response.isSuccessful()) {
      throw ErrorResponses.toException(response.code(), response.headers(), body, clock);
    }
    String requestId = response.headers().get(ErrorResponses.REQUEST_ID_HEADER);
    // The raw text is made only for an error: pages are large and this is the hot path.
    if (isBlank(body)) {
      throw new MalformedResponseException(response.code(), "the body is empty", text(body),
          requestId, null);
    }
    try {
      return decoder.decode(body);
    } catch (DatabindException | IllegalArgumentException e) {
      String problem = e instanceof DatabindException d ? JsonSupport.problem(d) : e.getMessage();
      throw new MalformedResponseException(response.code(), problem, text(body), requestId, e);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(response.code(), "not JSON (" + e.getOriginalMessage()
          + ")", text(body), requestId, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the body is in memory: cannot happen
    }
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
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
