package dev.labelsdk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Where an API's calls go, for both clients: its base URL and the OkHttp client, and the
 * builder of each endpoint's request. Paths are relative to the base ({@code .../v1/},
 * {@code .../v2/users/u/apps/a/}); each {@code {}} in a path takes the next value,
 * percent-encoded as one segment (a {@code /} in a name becomes {@code %2F}). A list query
 * value becomes repeated keys ({@code ids=a&ids=b}); a null value, or null item, is left out.
 * Bodies are JSON written with the SDK's mapper. Internal to the SDK.
 *
 * <p>It replaces Retrofit, with the same bytes on the wire: Retrofit's request factory and
 * call wrapping cost about 2.4 KB and 2-3 us of the calling thread a call (BENCHMARKS.md §3),
 * and the executor reads the answers itself.
 */
public final class Endpoints {

  private static final ObjectMapper JSON = JsonSupport.newMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=UTF-8");
  /** What a POST, PUT or PATCH without a body sends: no content type, no bytes. */
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

  private final HttpUrl base;
  private final OkHttpClient http;
  /** Set on each request as it is built; null when {@code http} adds them itself. */
  private final ClientHeaders clientHeaders;

  /**
   * Endpoints whose requests carry only the headers of each call (the client's own are added
   * by {@code http}, if at all).
   *
   * @param base the API's base URL, ending with {@code /}
   * @param http the client the calls go through
   */
  public Endpoints(HttpUrl base, OkHttpClient http) {
    this(base, http, null);
  }

  /** Endpoints whose requests carry {@code headers} (null: none) as they are built. */
  Endpoints(HttpUrl base, OkHttpClient http, ClientHeaders headers) {
    this.base = Objects.requireNonNull(base, "base");
    this.http = Objects.requireNonNull(http, "http");
    this.clientHeaders = headers;
  }

  /** The OkHttp client the calls go through. */
  public OkHttpClient http() {
    return http;
  }

  /** A GET of {@code path}; see {@link #request}. */
  public RequestBuilder get(String path, String... values) {
    return request("GET", path, values);
  }

  /** A POST of {@code path}; see {@link #request}. */
  public RequestBuilder post(String path, String... values) {
    return request("POST", path, values);
  }

  /** A PUT of {@code path}; see {@link #request}. */
  public RequestBuilder put(String path, String... values) {
    return request("PUT", path, values);
  }

  /** A PATCH of {@code path}; see {@link #request}. */
  public RequestBuilder patch(String path, String... values) {
    return request("PATCH", path, values);
  }

  /** A DELETE of {@code path}; see {@link #request}. */
  public RequestBuilder delete(String path, String... values) {
    return request("DELETE", path, values);
  }

  /**
   * A request of {@code method} at {@code path} under the base.
   *
   * @param path segments separated by {@code /}, literal except {@code {}}
   * @param values one for each {@code {}}, in order (checked by the caller: see
   *     {@link PathSegments})
   */
  private RequestBuilder request(String method, String path, String... values) {
    HttpUrl.Builder url = base.newBuilder();
    int value = 0;
    for (int start = 0; start <= path.length(); ) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (path.startsWith("{}", start) && end == start + 2) {
        url.addPathSegment(values[value++]);
      } else {
        url.addPathSegment(path.substring(start, end));
      }
      start = end + 1;
    }
    if (value != values.length) {
      throw new IllegalArgumentException(path + " takes " + value + " values");
    }
    return new RequestBuilder(method, url);
  }

  /** One request: its query and body, then its call with an attempt's headers. */
  public final class RequestBuilder {
    private final String method;
    private final HttpUrl.Builder url;
    private RequestBody body;

    private RequestBuilder(String method, HttpUrl.Builder url) {
      this.method = method;
      this.url = url;
    }

    /** Adds {@code name=value}, unless {@code value} is null. */
    public RequestBuilder query(String name, Object value) {
      if (value != null) {
        url.addQueryParameter(name, value.toString());
      }
      return this;
    }

    /** Adds {@code name=item} for each item that is not null, in order; nothing for null. */
    public RequestBuilder query(String name, List<?> values) {
      if (values != null) {
        for (Object item : values) {
          query(name, item);
        }
      }
      return this;
    }

    /** Sends {@code value} as JSON. */
    public RequestBuilder json(Object value) {
      try {
        return body(value == null ? null
            : RequestBody.create(JSON.writeValueAsBytes(value), JSON_TYPE));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write the request body as JSON", e);
      }
    }

    /** Sends {@code body} as it is (e.g. a multipart form). */
    public RequestBuilder body(RequestBody body) {
      if (body == null) { // as Retrofit said it
        throw new IllegalArgumentException("Body parameter value must not be null.");
      }
      this.body = body;
      return this;
    }

    /** The call of this request with {@code headers} (an attempt's, in order). */
    public Call call(Map<String, String> headers) {
      Request.Builder request = new Request.Builder().url(url.build());
      headers.forEach(request::addHeader);
      if (clientHeaders != null) {
        clientHeaders.addTo(request);
      }
      RequestBody sent = body != null || method.equals("GET") || method.equals("DELETE")
          ? body : EMPTY;
      return http.newCall(request.method(method, sent).build());
    }
  }
}
