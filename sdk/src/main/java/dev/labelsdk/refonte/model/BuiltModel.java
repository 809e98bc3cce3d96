package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A model whose fields are declared once, on its builder, with their wire names: it keeps a
 * private copy of the builder it was built from ({@link CopyableBuilder}), reads its values
 * there and writes that copy as its JSON.
 *
 * @param <B> the model's builder
 */
abstract class BuiltModel<B extends CopyableBuilder<B>> extends Model {

  /** The values, never changed after the constructor (and never handed out). */
  final B values;

  BuiltModel(B builder) {
    this.values = builder.copy();
  }

  /** What Jackson writes: the builder's fields (they carry the wire names). */
  @JsonValue
  final B wire() {
    return values;
  }
}
