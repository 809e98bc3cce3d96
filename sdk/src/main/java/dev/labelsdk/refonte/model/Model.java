package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.List;

/**
 * What the Refonte JSON models share: their JSON form, equality by value, and a
 * {@code toString} that shows the JSON.
 */
abstract class Model {

  Model() {}

  /** Every value that makes the object what it is, in a fixed order (equality and hashing). */
  abstract List<Object> values();

  /** The object as JSON, in the wire format (a copy). */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && values().equals(((Model) o).values());
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
