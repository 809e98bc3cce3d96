package dev.labelsdk.mock.server;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value made on its first use, once, whichever thread asks first; later uses read it
 * without a lock. The mock builds each API this way, so that a launch answers its first
 * request before paying for APIs no one has called yet.
 */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = Objects.requireNonNull(make);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(make.get());
          value = v;
        }
      }
    }
    return v;
  }

  /** Runs {@code action} on the value if it was made; never makes it. */
  void ifMade(Consumer<T> action) {
    T v = value;
    if (v != null) {
      action.accept(v);
    }
  }
}
