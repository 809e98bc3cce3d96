package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.labelsdk.core.BuiltModel;
import dev.labelsdk.core.CopyableBuilder;

/**
 * A Refonte model: its fields are declared once, on its builder, with their wire names, and
 * it is written as that builder's copy.
 *
 * @param <B> the model's builder
 */
abstract class RefonteModel<B extends CopyableBuilder<B>> extends BuiltModel<B> {

  RefonteModel(B builder) {
    super(builder);
  }

  /** What Jackson writes: the builder's fields (they carry the wire names). */
  @JsonValue
  final B wire() {
    return values;
  }
}
