package dev.labelsdk.mock.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.labelsdk.mock.clarifai.wire.ClarifaiAdminHttpApi;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.refonte.wire.RefonteAdminHttpApi;

/**
 * Serves the control planes ({@code /__admin/refonte/...}, {@code /__admin/clarifai/...},
 * {@code /__admin/clock}) inside WireMock's admin API; WireMock's own admin routes continue
 * untouched.
 */
final class ControlRequestFilter implements AdminRequestFilterV2 {

  private final RefonteAdminHttpApi refonte;
  private final ClarifaiAdminHttpApi clarifai;
  private final ClockHttpApi clock;

  ControlRequestFilter(RefonteAdminHttpApi refonte, ClarifaiAdminHttpApi clarifai, ClockHttpApi clock) {
    this.refonte = refonte;
    this.clarifai = clarifai;
    this.clock = clock;
  }

  @Override
  public String getName() {
    return "labelsdk-control";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String url = request.getUrl(); // WireMock strips the /__admin prefix
    if (isUnder(url, "/refonte")) {
      ApiRequest api = WireMockAdapter.toApiRequest(request, "/__admin");
      return RequestFilterAction.stopWith(WireMockAdapter.toResponseDefinition(refonte.handle(api)));
    }
    if (isUnder(url, "/clarifai")) {
      ApiRequest api = WireMockAdapter.toApiRequest(request, "/__admin");
      return RequestFilterAction.stopWith(WireMockAdapter.toResponseDefinition(clarifai.handle(api)));
    }
    if (isUnder(url, "/clock")) {
      ApiRequest api = WireMockAdapter.toApiRequest(request, "/__admin");
      return RequestFilterAction.stopWith(WireMockAdapter.toResponseDefinition(clock.handle(api)));
    }
    return RequestFilterAction.continueWith(request);
  }

  private static boolean isUnder(String url, String prefix) {
    return url.equals(prefix)
        || url.startsWith(prefix + "/")
        || url.startsWith(prefix + "?");
  }
}
