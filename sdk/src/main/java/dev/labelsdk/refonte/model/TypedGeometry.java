package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * A geometry whose option methods return its own type, each a copy with one more key set.
 *
 * @param <G> the geometry itself
 */
abstract class TypedGeometry<G extends TypedGeometry<G>> extends Geometry {

  private final Function<ObjectNode, G> make;

  TypedGeometry(String kind, ObjectNode spec, Function<ObjectNode, G> make) {
    super(kind, spec);
    this.make = make;
  }

  /** Any other option of this geometry. */
  public G option(String key, Object value) {
    return make.apply(with(key, value));
  }
}
