package dev.labelsdk.mock.http;

import java.util.function.LongSupplier;

/**
 * The steps every API request takes around its wire layer, the same for both APIs: a request
 * id, the {@link FaultQueue} (delay, answer before or after processing, dropped connection),
 * processing, the request id on the answer, and the {@link RequestJournal}. What differs per
 * API (the id's form, the envelopes, where the id goes) comes from its {@link Wire}.
 * Server-independent; thread-safe if the wire is.
 */
public final class ApiPipeline {

  /** What an API's wire layer supplies. */
  public interface Wire {

    /** A new request id; called once per request, before anything else. */
    String requestId();

    /** The real answer: routing, authentication, rate limit, decoding, the engine. */
    ApiResponse process(ApiRequest request, String requestId);

    /**
     * The answer to an injected fault in the API's envelope, or null when the fault (as this
     * API reads it) only delays. Dropped connections are handled before this is asked.
     */
    ApiResponse faultAnswer(Fault fault, ApiRequest request, String requestId);

    /** The answer to a request whose path cannot be decoded. */
    ApiResponse malformed(ApiRequest request, MalformedRequestException e, String requestId);

    /** The answer with the request id where the API puts it outside its body (default: nowhere). */
    default ApiResponse stamp(ApiResponse response, String requestId) {
      return response;
    }
  }

  private final Wire wire;
  private final FaultQueue faults;
  private final RequestJournal journal;
  private final LongSupplier clock;

  /** @param clock the mock clock's milliseconds, for the journal */
  public ApiPipeline(Wire wire, FaultQueue faults, RequestJournal journal, LongSupplier clock) {
    this.wire = wire;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Answers a request. With a delaying fault the answer is {@link ApiResponse#later deferred}:
   * the request is processed (and journaled) only when the delay is over.
   */
  public ApiResponse handle(ApiRequest request) {
    String requestId = wire.requestId();
    Fault fault;
    try {
      fault = faults.take(request.method(), request.normalisedPath());
    } catch (MalformedRequestException e) {
      return finish(request, wire.malformed(request, e, requestId), requestId);
    }
    if (fault != null && fault.delayMs() > 0) {
      return ApiResponse.later(fault.delayMs(), () -> finish(request, answer(request, fault, requestId), requestId));
    }
    return finish(request, answer(request, fault, requestId), requestId);
  }

  private ApiResponse answer(ApiRequest request, Fault fault, String requestId) {
    if (fault == null) {
      return wire.process(request, requestId);
    }
    ApiResponse injected = fault.dropConnection()
        ? ApiResponse.connectionReset()
        : wire.faultAnswer(fault, request, requestId);
    if (injected != null && fault.when() == Fault.When.BEFORE) {
      return injected;
    }
    ApiResponse real = wire.process(request, requestId);
    return injected != null ? injected : real; // after processing: the answer is lost
  }

  private ApiResponse finish(ApiRequest request, ApiResponse response, String requestId) {
    ApiResponse out = response.isConnectionReset() ? response : wire.stamp(response, requestId);
    journal.record(request, out.isConnectionReset() ? 0 : out.status(), clock.getAsLong());
    return out;
  }
}
