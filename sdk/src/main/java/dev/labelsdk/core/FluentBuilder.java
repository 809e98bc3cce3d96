package dev.labelsdk.core;

/**
 * A builder whose setters return its own type, so that chained calls keep it: the base of the
 * SDK's builders (clients, models, typed task requests).
 *
 * @param <B> the concrete builder
 */
public abstract class FluentBuilder<B extends FluentBuilder<B>> {

  /** For the SDK's builders. */
  protected FluentBuilder() {}

  /**
   * This builder, typed as the concrete builder.
   *
   * @return this builder
   */
  @SuppressWarnings("unchecked")
  protected B self() {
    return (B) this;
  }
}
