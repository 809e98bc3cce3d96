package dev.labelsdk.core;

/**
 * A builder whose built object keeps a private copy of it ({@link Built}) instead of copying each
 * field into fields of its own: the fields are declared once, on the builder. The copy is field
 * by field ({@link Object#clone()}), which is a correct copy because builders hold immutable
 * values; a builder that collects into a mutable container copies it in
 * {@link #copyContainers()}. Internal to the SDK, for the models of both APIs.
 *
 * @param <B> the builder itself
 */
public abstract class CopyableBuilder<B extends CopyableBuilder<B>> extends FluentBuilder<B>
    implements Cloneable {

  /** For the builders of the SDK's models. */
  protected CopyableBuilder() {}

  /** An independent copy with the same values. */
  @SuppressWarnings("unchecked")
  final B copy() {
    try {
      B copy = (B) clone();
      copy.copyContainers();
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  /** On a fresh copy: replaces each mutable container with a copy of its own. */
  protected void copyContainers() {}
}
