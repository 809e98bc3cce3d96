package dev.labelsdk.core;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;

/**
 * Puts a shortcut in front of Jackson's deserializers of the two value types a page holds
 * hundreds of: open enums ({@link OpenEnum.Reader}) and JSON objects ({@link JsonObject.Reader}).
 * Each shortcut reads the common case itself and hands anything else to Jackson's deserializer.
 */
final class ValueReaders extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
      BeanDescription description, JsonDeserializer<?> deserializer) {
    Class<?> type = description.getBeanClass();
    if (type == JsonObject.class) {
      return new JsonObject.Reader(deserializer);
    }
    if (OpenEnum.class.isAssignableFrom(type) && type != OpenEnum.class) {
      return new OpenEnum.Reader(type, deserializer);
    }
    return deserializer;
  }
}
