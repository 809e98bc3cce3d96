package dev.labelsdk.core;

/**
 * An immutable object built from a {@link CopyableBuilder}: it keeps a private copy of the
 * builder and reads its values there, so each field is declared once. Internal to the SDK, for
 * the models and requests of both APIs.
 *
 * @param <B> the object's builder
 */
public abstract class Built<B extends CopyableBuilder<B>> {

  /** The values: a private copy of the builder, never changed after the constructor. */
  protected final B values;

  /**
   * @param builder copied, so later changes to it do not reach this object
   */
  protected Built(B builder) {
    this.values = builder.copy();
  }

  /** A new builder with this object's values (what {@code toBuilder()} returns). */
  protected final B builderCopy() {
    return values.copy();
  }
}
