package dev.labelsdk.core;

import java.util.List;

/**
 * What the JSON models of both APIs share: a {@link Built} object with its JSON form, equality
 * by value (never by writing JSON), and a {@code toString} that shows the JSON. Internal to the
 * SDK.
 *
 * @param <B> the model's builder
 */
public abstract class BuiltModel<B extends CopyableBuilder<B>> extends Built<B>
    implements JsonModel {

  /**
   * @param builder copied, so later changes to it do not reach the model
   */
  protected BuiltModel(B builder) {
    super(builder);
  }

  /**
   * Every value that makes the object what it is, in a fixed order (equality and hashing).
   *
   * @return the values
   */
  protected abstract List<Object> values();

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass()
        && values().equals(((BuiltModel<?>) o).values());
  }

  @Override
  public final int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + toJson();
  }
}
