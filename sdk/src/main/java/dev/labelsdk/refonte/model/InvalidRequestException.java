package dev.labelsdk.refonte.model;

import java.util.List;

/**
 * A request the service would reject, caught before anything is sent: building it (or passing
 * it to a client method) throws this, listing every problem and how to fix it.
 *
 * @deprecated catch {@link dev.labelsdk.core.InvalidRequestException}, which this extends and
 *     which {@code ClarifaiClient} throws too. The Refonte request builders still throw this
 *     subclass, so existing {@code catch} blocks keep working. It is no longer an
 *     {@link IllegalArgumentException}.
 */
@Deprecated
public class InvalidRequestException extends dev.labelsdk.core.InvalidRequestException {

  private static final long serialVersionUID = 1L;

  /** @param what what was being built, e.g. {@code "categorization task"} */
  public InvalidRequestException(String what, List<String> problems) {
    super(what, problems);
  }
}
